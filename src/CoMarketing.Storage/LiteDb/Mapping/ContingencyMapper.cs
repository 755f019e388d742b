using CoMarketing.Core.Campaigns;
using LiteDB;
using static CoMarketing.Storage.LiteDb.Mapping.BsonFields;

namespace CoMarketing.Storage.LiteDb.Mapping;

/// <summary>A campaign's <see cref="ContingencyPlan"/> (plan for surprises) as a sub-document; null ids mean the coordinator.</summary>
internal static class ContingencyMapper
{
    public static BsonDocument Write(ContingencyPlan p) => new()
    {
        ["responder"] = p.Responder is { } responder ? new BsonValue(responder) : BsonValue.Null,
        ["responseHours"] = p.ResponseHours,
        ["pausedBy"] = p.PausedBy is { } pausedBy ? new BsonValue(pausedBy) : BsonValue.Null,
        ["contact"] = p.Contact,
    };

    public static ContingencyPlan Read(BsonDocument d) => new(
        OptionalInt64(d, "responder"),
        (int)Int64(d, "responseHours", 24),
        OptionalInt64(d, "pausedBy"),
        RequiredText(d, "contact"));

    /// <summary>The businesses the plan names (responder and who may pause), for reference checks.</summary>
    public static IEnumerable<long> References(BsonDocument d)
        => new[] { OptionalInt64(d, "responder"), OptionalInt64(d, "pausedBy") }.OfType<long>();
}
