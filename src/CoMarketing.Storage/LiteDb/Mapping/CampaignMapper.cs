using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Settlement;
using LiteDB;
using static CoMarketing.Storage.LiteDb.Mapping.BsonFields;

namespace CoMarketing.Storage.LiteDb.Mapping;

/// <summary>
/// A <see cref="Campaign"/> and its document in <c>campaigns</c>: participants in order, cost items, plan entries and
/// results as embedded arrays, so a campaign is read and written whole. To add a field: one line in <see cref="Write"/>,
/// one in <see cref="Read"/> (with a default for documents written before it existed).
/// </summary>
internal static class CampaignMapper
{
    public static BsonDocument Write(Campaign c, BsonDocument document)
    {
        document["name"] = c.Name;
        document["nameKey"] = NameKey(c.Name);
        document["goal"] = Name(c.Goal.Kind);
        document["target"] = c.Goal.Target;
        document["start"] = Day(c.Start);
        document["end"] = Day(c.End);
        document["status"] = Name(c.Status);
        document["participants"] = Array(c.Participants, p => p);
        document["items"] = Array(c.CostItems, CostItemMapper.Write);
        document["plan"] = Array(c.Plan, PlanEntryMapper.Write);
        document["results"] = Array(c.Results, ResultMapper.Write);
        document["settlement"] = Name(c.Settlement);
        document["contingency"] = c.Contingency is { } plan ? ContingencyMapper.Write(plan) : BsonValue.Null;
        return document;
    }

    public static Campaign Read(BsonDocument d) => new(
        Int64(d, "_id"),
        RequiredText(d, "name"),
        new CampaignGoal(ToEnum<CampaignGoalKind>(d, "goal"), Decimal(d, "target")),
        ToDate(d, "start"),
        ToDate(d, "end"),
        ToEnum<CampaignStatus>(d, "status"),
        Items(d, "participants").Select(p => p.AsInt64),
        Items(d, "items").Select(i => CostItemMapper.Read(i.AsDocument)),
        Items(d, "plan").Select(p => PlanEntryMapper.Read(p.AsDocument)).OrderBy(p => p.Date),
        Items(d, "results").Select(r => ResultMapper.Read(r.AsDocument)))
    {
        Settlement = d.ContainsKey("settlement") ? ToEnum<SettlementMode>(d, "settlement") : SettlementMode.ViaAssociation,
        Contingency = OptionalDocument(d, "contingency") is { } plan ? ContingencyMapper.Read(plan) : null,
    };

    /// <summary>The businesses a campaign document refers to (participants, payers, sharers, result owners).</summary>
    public static IEnumerable<long> References(BsonDocument d)
        => Items(d, "participants").Select(p => p.AsInt64)
            .Concat(Items(d, "items").SelectMany(i => CostItemMapper.References(i.AsDocument)))
            .Concat(Items(d, "results").Select(r => Int64(r.AsDocument, "participant")))
            .Concat(Items(d, "plan").Select(p => OptionalInt64(p.AsDocument, "owner")).OfType<long>())
            .Concat(OptionalDocument(d, "contingency") is { } plan ? ContingencyMapper.References(plan) : []);
}
