using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using LiteDB;
using static CoMarketing.Storage.LiteDb.Mapping.BsonFields;

namespace CoMarketing.Storage.LiteDb.Mapping;

/// <summary>A campaign's <see cref="PlanEntry"/> as a sub-document (the date as a day number).</summary>
internal static class PlanEntryMapper
{
    public static BsonValue Write(PlanEntry p) => new BsonDocument
    {
        ["date"] = Day(p.Date),
        ["channel"] = ChannelKinds.ShortName(p.Channel),
        ["description"] = p.Description,
        ["owner"] = p.Owner is { } owner ? new BsonValue(owner) : BsonValue.Null,
    };

    public static PlanEntry Read(BsonDocument d) => new(
        ToDate(d, "date"),
        ChannelKinds.Parse(RequiredText(d, "channel")),
        RequiredText(d, "description"))
    {
        Owner = OptionalInt64(d, "owner"),
    };
}
