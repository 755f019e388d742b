using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;
using LiteDB;
using static CoMarketing.Storage.LiteDb.Mapping.BsonFields;

namespace CoMarketing.Storage.LiteDb.Mapping;

/// <summary>
/// A kiosk account's PIN hash (<c>pin</c>: hash, salt, iterations) and wrong-PIN record (<c>signIn</c>: failures,
/// lastFailedAt, lockedUntil), kept in a business document or, for the coordinator, in the association document.
/// </summary>
internal static class KioskMapper
{
    public static void WritePin(BsonDocument document, PinHash pin)
    {
        document["pin"] = new BsonDocument { ["hash"] = pin.Hash, ["salt"] = pin.Salt, ["iterations"] = pin.Iterations };
        WriteAttempts(document, SignInAttempts.None);
    }

    /// <summary>Writes the raw stored parts, even malformed ones (the converter carries a file over as it is).</summary>
    public static void WriteRawPin(BsonDocument document, string? hash, string? salt, long? iterations)
        => document["pin"] = (hash, salt, iterations) == (null, null, null)
            ? BsonValue.Null
            : new BsonDocument { ["hash"] = Text(hash), ["salt"] = Text(salt), ["iterations"] = iterations is { } i ? new BsonValue(i) : BsonValue.Null };

    public static void WriteAttempts(BsonDocument document, SignInAttempts attempts) => document["signIn"] = new BsonDocument
    {
        ["failures"] = attempts.Failures,
        ["lastFailedAt"] = Timestamp(attempts.LastFailureAt),
        ["lockedUntil"] = Timestamp(attempts.LockedUntil),
    };

    /// <summary>The stored parts of the PIN (all null when none is set).</summary>
    public static (string? Hash, string? Salt, long? Iterations) RawPin(BsonDocument document)
        => OptionalDocument(document, "pin") is { } pin
            ? (OptionalText(pin, "hash"), OptionalText(pin, "salt"), OptionalInt64(pin, "iterations"))
            : (null, null, null);

    /// <exception cref="DomainException">The stored hash is damaged.</exception>
    public static PinHash? ReadPin(BsonDocument document, string who)
    {
        var (hash, salt, iterations) = RawPin(document);
        if ((hash, salt, iterations) == (null, null, null))
        {
            return null;
        }

        return PinHash.TryCreate(hash, salt, iterations, out var pin, out var error)
            ? pin
            : throw new DomainException($"The stored PIN of {who} is damaged ({error}); the coordinator must set a new one.");
    }

    public static SignInAttempts ReadAttempts(BsonDocument document)
        => OptionalDocument(document, "signIn") is { } s
            ? new SignInAttempts((int)Math.Clamp(Int64(s, "failures"), 0, int.MaxValue), OptionalTimestamp(s, "lastFailedAt"), OptionalTimestamp(s, "lockedUntil"))
            : SignInAttempts.None;
}
