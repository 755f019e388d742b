using CoMarketing.Core.Businesses;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.Postgres;

/// <summary>What one business document shares: its profile (BSON bytes), contact details and the counted keys.</summary>
internal sealed record PgSharedState(bool Archived, string Industry, string Municipality, bool National, byte[] Profile, ContactInfo Contact)
{
    public static PgSharedState Of(BsonDocument document)
    {
        if (BsonFields.Boolean(document, "archived"))
        {
            return new PgSharedState(true, string.Empty, string.Empty, false, [], ContactInfo.None);
        }

        var business = BusinessMapper.Read(document);
        var profile = BusinessMapper.Write(PgFederation.Profile(business), []);
        profile["_id"] = document["_id"].AsInt64;
        return new PgSharedState(false, business.Industry.Code, business.Municipality.Value, business.Audience.National, PgSession.Encode(profile), business.Contact);
    }

    public bool SameAs(PgSharedState other) => Archived == other.Archived && Industry == other.Industry && Municipality == other.Municipality
        && National == other.National && Contact == other.Contact && Profile.AsSpan().SequenceEqual(other.Profile);
}
