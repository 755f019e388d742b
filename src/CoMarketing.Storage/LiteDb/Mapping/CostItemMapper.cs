using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using LiteDB;
using static CoMarketing.Storage.LiteDb.Mapping.BsonFields;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Storage.LiteDb.Mapping;

/// <summary>A campaign's <see cref="CostItem"/> as a sub-document: net in cents, VAT in hundredths of a percent.</summary>
internal static class CostItemMapper
{
    public static BsonValue Write(CostItem i) => new BsonDocument
    {
        ["description"] = i.Description,
        ["channel"] = i.Channel is { } kind ? ChannelKinds.ShortName(kind) : BsonValue.Null,
        ["netCents"] = i.Net.Cents,
        ["vatBp"] = BasisPoints(i.VatPercent),
        ["paidBy"] = i.PaidBy is { } payer ? new BsonValue(payer) : BsonValue.Null,
        ["rule"] = Name(i.Rule),
        ["among"] = Array(i.Among, b => b),
        ["weights"] = Array(i.Weights, w => Pair(w.Key, w.Value)),
        ["percents"] = Array(i.Percents, p => Pair(p.Key, p.Value)),
        ["amounts"] = Array(i.Amounts, a => Pair(a.Key, a.Value.Cents)),
    };

    public static CostItem Read(BsonDocument d) => new(
        RequiredText(d, "description"),
        OptionalText(d, "channel") is { } kind ? ChannelKinds.Parse(kind) : null,
        Money.FromCents(Int64(d, "netCents")),
        FromBasisPoints(d, "vatBp"),
        OptionalInt64(d, "paidBy"),
        ToEnum<SplitRule>(d, "rule"),
        Items(d, "among").Select(b => b.AsInt64),
        Pairs(d, "weights").ToDictionary(p => p.Business, p => p.Value.AsDecimal),
        Pairs(d, "percents").ToDictionary(p => p.Business, p => p.Value.AsDecimal),
        Pairs(d, "amounts").ToDictionary(p => p.Business, p => Money.FromCents(p.Value.AsInt64)));

    public static IEnumerable<long> References(BsonDocument d)
        => (OptionalInt64(d, "paidBy") is { } payer ? [payer] : Enumerable.Empty<long>())
            .Concat(Items(d, "among").Select(b => b.AsInt64))
            .Concat(new[] { "weights", "percents", "amounts" }.SelectMany(f => Pairs(d, f).Select(p => p.Business)));

    private static BsonDocument Pair(long business, BsonValue value) => new() { ["business"] = business, ["value"] = value };

    private static IEnumerable<(long Business, BsonValue Value)> Pairs(BsonDocument d, string field)
        => Items(d, field).Select(p => (Int64(p.AsDocument, "business"), p.AsDocument["value"]));
}
