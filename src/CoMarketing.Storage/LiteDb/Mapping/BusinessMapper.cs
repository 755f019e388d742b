using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using LiteDB;
using static CoMarketing.Storage.LiteDb.Mapping.BsonFields;

namespace CoMarketing.Storage.LiteDb.Mapping;

/// <summary>
/// A <see cref="Business"/> and its document in <c>businesses</c>. To add a field: one line in <see cref="Write"/>,
/// one in <see cref="Read"/> (with a default for documents written before it existed).
/// </summary>
/// <remarks>
/// <see cref="Write"/> sets the domain's fields on an existing document, so the kiosk fields kept beside them
/// (<c>pin</c>, <c>signIn</c>, see <see cref="KioskMapper"/>) survive an update of the business.
/// </remarks>
internal static class BusinessMapper
{
    public static BsonDocument Write(Business b, BsonDocument document)
    {
        document["name"] = b.Name;
        document["nameKey"] = NameKey(b.Name);
        document["businessId"] = Text(b.BusinessId?.Value);
        document["industry"] = b.Industry.Code;
        document["offerings"] = Array(b.Offerings, o => o);
        document["municipality"] = b.Municipality.Value;
        document["catchment"] = b.Catchment is { } c
            ? new BsonDocument { ["lat"] = c.Centre.Latitude, ["lon"] = c.Centre.Longitude, ["km"] = c.RadiusKm }
            : BsonValue.Null;
        document["customerType"] = Name(b.CustomerType);
        document["person"] = Text(b.Contact.Person);
        document["email"] = Text(b.Contact.Email);
        document["phone"] = Text(b.Contact.Phone);
        document["notes"] = Text(b.Notes);
        document["archived"] = b.Archived;
        document["ages"] = Array(b.Audience.Ages.Weights, w => w);
        document["interests"] = Array(b.Audience.Interests, t => t.Value);
        document["areas"] = Array(b.Audience.Municipalities, m => m.Value);
        document["months"] = b.Audience.Months.Mask;
        document["customersPerMonth"] = b.Audience.CustomersPerMonth;
        document["national"] = b.Audience.National;
        document["channels"] = Array(b.Channels, ChannelMapper.Write);
        return document;
    }

    /// <summary>
    /// Sets the index keys that depend on the store id (call once <c>_id</c> is set): <c>businessIdKey</c> (the
    /// business ID, or "-id" when there is none) and <c>activeKey</c> (id, or -id when archived). Every key is distinct,
    /// because LiteDB's index walks every equal key on insert: a low-cardinality index makes an import quadratic.
    /// </summary>
    public static BsonDocument SetKeys(BsonDocument document)
    {
        var id = document["_id"].AsInt64;
        document["businessIdKey"] = OptionalText(document, "businessId") ?? $"-{id}";
        document["activeKey"] = Boolean(document, "archived") ? -id : id;
        return document;
    }

    public static Business Read(BsonDocument d)
    {
        var catchment = OptionalDocument(d, "catchment") is { } c
            ? new Catchment(new GeoPoint(Double(c, "lat"), Double(c, "lon")), Double(c, "km"))
            : null;
        var audience = new Audience(
            ReadAges(d, "ages") ?? AgeDistribution.Uniform,
            [.. Items(d, "interests").Select(t => InterestTag.Parse(t.AsString))],
            [.. Items(d, "areas").Select(m => MunicipalityCode.Parse(m.AsString))],
            new ActiveMonths((int)Int64(d, "months", ActiveMonths.AllYear.Mask)),
            (int)Int64(d, "customersPerMonth"),
            Boolean(d, "national"));
        return new Business(
            Int64(d, "_id"),
            RequiredText(d, "name"),
            OptionalText(d, "businessId") is { } id ? BusinessId.Parse(id) : null,
            IndustryCode.Parse(RequiredText(d, "industry")),
            Items(d, "offerings").Select(o => o.AsString),
            MunicipalityCode.Parse(RequiredText(d, "municipality")),
            catchment,
            ToEnum<CustomerType>(d, "customerType"),
            new ContactInfo(OptionalText(d, "person"), OptionalText(d, "email"), OptionalText(d, "phone")),
            OptionalText(d, "notes"),
            Boolean(d, "archived"),
            audience,
            Items(d, "channels").Select(c => ChannelMapper.Read(c.AsDocument)));
    }

    public static AgeDistribution? ReadAges(BsonDocument d, string field)
        => d.TryGetValue(field, out var value) && value.IsArray ? new AgeDistribution([.. value.AsArray.Select(w => w.AsDouble)]) : null;
}
