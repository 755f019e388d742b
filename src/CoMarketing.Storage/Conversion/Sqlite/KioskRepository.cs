using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;
using CoMarketing.Storage.Kiosk;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>
/// Kiosk accounts in the store: a PIN hash per active member business and one for the coordinator, with each
/// account's wrong-PIN count, last wrong-PIN time and lock; and drafts of unsaved form input.
/// </summary>
/// <remarks>
/// An account is named by an <see cref="Actor"/>: <see cref="Actor.Member"/> or <see cref="Actor.Coordinator"/>.
/// Only hashes are stored, never a PIN. Setting a PIN, a wrong PIN and a sign-in are each one transaction with one
/// audit entry (<c>kiosk.pin.set</c>, <c>kiosk.signin.failed</c>, <c>kiosk.signin</c>) whose details hold no PIN.
/// </remarks>
internal sealed partial class KioskRepository
{
    private readonly SqliteDatabase _database;

    internal KioskRepository(SqliteDatabase database) => _database = database;

    /// <summary>The account's PIN hash and wrong-PIN record; null when there is no such active business.</summary>
    /// <exception cref="DomainException">The stored hash is damaged (the coordinator must set a new PIN).</exception>
    public KioskCredentials? GetCredentials(Actor account)
    {
        var columns = KioskAccountColumns.Of(account);
        return _database.Read((c, t) => Read(c, t, columns, account));
    }

    /// <summary>Stores a new PIN hash for the account, clearing its wrong-PIN count and any lock.</summary>
    /// <exception cref="DomainException">There is no such active business.</exception>
    public void SetPin(Actor account, PinHash pin, Actor by)
    {
        ArgumentNullException.ThrowIfNull(pin);
        var columns = KioskAccountColumns.Of(account);
        _database.Write(by, "kiosk.pin.set", (c, t) =>
        {
            var name = Require(c, t, columns, account).Name;
            RawSql.Execute(c, columns.SetPinSql, t, ("@id", account.BusinessId), ("@hash", pin.Hash), ("@salt", pin.Salt), ("@iterations", pin.Iterations));
            return (0, $"Set the kiosk PIN of {name}.");
        });
    }

    /// <summary>
    /// Records a wrong PIN: <paramref name="next"/> turns the stored record into the new one inside the write
    /// transaction, so two kiosks on one file never lose a count. Returns the new record.
    /// </summary>
    public SignInAttempts RecordFailure(Actor account, Func<SignInAttempts, SignInAttempts> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var columns = KioskAccountColumns.Of(account);
        return _database.Write(account, "kiosk.signin.failed", (c, t) =>
        {
            var current = Require(c, t, columns, account);
            var after = next(current.Attempts);
            SaveAttempts(c, t, columns, account, after);
            var locked = after.LockedUntil is { } until ? $"; locked until {DbValues.Timestamp(until)}" : string.Empty;
            return (after, $"Wrong PIN for {current.Name} ({after.Failures} in a row{locked}).");
        });
    }

    /// <summary>Records a successful sign-in: the wrong-PIN count and any lock are cleared.</summary>
    public void RecordSuccess(Actor account)
    {
        var columns = KioskAccountColumns.Of(account);
        _database.Write(account, "kiosk.signin", (c, t) =>
        {
            var name = Require(c, t, columns, account).Name;
            SaveAttempts(c, t, columns, account, SignInAttempts.None);
            return (0, $"Signed in as {name}.");
        });
    }

    private static void SaveAttempts(SqliteConnection c, SqliteTransaction t, KioskAccountColumns columns, Actor account, SignInAttempts attempts)
        => RawSql.Execute(
            c,
            columns.SetAttemptsSql,
            t,
            ("@id", account.BusinessId),
            ("@failures", attempts.Failures),
            ("@lastFailedAt", attempts.LastFailureAt is { } last ? DbValues.Timestamp(last) : null),
            ("@lockedUntil", attempts.LockedUntil is { } until ? DbValues.Timestamp(until) : null));

    private static KioskCredentials Require(SqliteConnection c, SqliteTransaction t, KioskAccountColumns columns, Actor account)
        => Read(c, t, columns, account) ?? throw DomainException.Of("NoActiveBusiness", account.BusinessId);

    private static KioskCredentials? Read(SqliteConnection c, SqliteTransaction t, KioskAccountColumns columns, Actor account)
    {
        var row = ReadRow(c, t, columns, account);
        if (row is null)
        {
            return null;
        }

        PinHash? pin = null;
        if ((row.Hash, row.Salt, row.Iterations) != (null, null, null) && !PinHash.TryCreate(row.Hash, row.Salt, row.Iterations, out pin, out var error))
        {
            throw new DomainException($"The stored PIN of {row.Name} is damaged ({error}); the coordinator must set a new one.");
        }

        var attempts = new SignInAttempts(
            (int)Math.Clamp(row.Failures, 0, int.MaxValue),
            row.LastFailedAt is null ? null : DbValues.ParseTimestamp(row.LastFailedAt),
            row.LockedUntil is null ? null : DbValues.ParseTimestamp(row.LockedUntil));
        return new KioskCredentials(row.Name, pin, attempts);
    }

    private static CredentialRow? ReadRow(SqliteConnection c, SqliteTransaction t, KioskAccountColumns columns, Actor account)
    {
        using var command = RawSql.Command(c, columns.SelectSql, t, ("@id", account.BusinessId));
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var row = new CredentialRow(
            reader.GetString(0),
            RawSql.NullableString(reader, 1),
            RawSql.NullableString(reader, 2),
            RawSql.NullableInt64(reader, 3),
            reader.GetInt64(4),
            RawSql.NullableString(reader, 5),
            RawSql.NullableString(reader, 6));
        return reader.Read() ? throw new InvalidOperationException("Sequence contains more than one element") : row;
    }

    private sealed record CredentialRow(string Name, string? Hash, string? Salt, long? Iterations, long Failures, string? LastFailedAt, string? LockedUntil);
}
