using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using LiteDB;
using static CoMarketing.Storage.LiteDb.Mapping.BsonFields;

namespace CoMarketing.Storage.LiteDb.Mapping;

/// <summary>A business's <see cref="Channel"/> as a sub-document of its business.</summary>
internal static class ChannelMapper
{
    public static BsonValue Write(Channel c) => new BsonDocument
    {
        ["kind"] = ChannelKinds.ShortName(c.Kind),
        ["name"] = c.Name,
        ["audienceSize"] = c.AudienceSize,
        ["engagement"] = c.EngagementRate,
        ["costCents"] = c.TypicalCost.Cents,
        ["ages"] = c.Ages is { } ages ? Array(ages.Weights, w => w) : BsonValue.Null,
    };

    public static Channel Read(BsonDocument d) => new(
        ChannelKinds.Parse(RequiredText(d, "kind")),
        OptionalText(d, "name"),
        (int)Int64(d, "audienceSize"),
        Double(d, "engagement"),
        Money.FromCents(Int64(d, "costCents")),
        BusinessMapper.ReadAges(d, "ages"));
}
