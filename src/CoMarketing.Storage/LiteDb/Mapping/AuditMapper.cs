using CoMarketing.Core.Audit;
using LiteDB;
using static CoMarketing.Storage.LiteDb.Mapping.BsonFields;

namespace CoMarketing.Storage.LiteDb.Mapping;

/// <summary>An <see cref="AuditEntry"/> and its document in <c>audit</c> (the time as UTC ticks).</summary>
internal static class AuditMapper
{
    public static BsonDocument Write(Actor actor, DateTimeOffset at, string action, string details) => new()
    {
        ["at"] = Timestamp(at),
        ["actor"] = Name(actor.Kind),
        ["actorBusiness"] = actor.BusinessId is { } id ? new BsonValue(id) : BsonValue.Null,
        ["action"] = action,
        ["details"] = details,
    };

    public static AuditEntry Read(BsonDocument d) => new(
        Int64(d, "_id"),
        new Actor(ToEnum<ActorKind>(d, "actor"), OptionalInt64(d, "actorBusiness")),
        OptionalTimestamp(d, "at") ?? DateTimeOffset.UnixEpoch,
        RequiredText(d, "action"),
        OptionalText(d, "details") ?? string.Empty);
}
