using CoMarketing.Core.Audit;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>Where one kind of kiosk account keeps its PIN and wrong-PIN columns: a member's business row or the association row.</summary>
internal sealed record KioskAccountColumns(string Table, string Where, string Name, string Hash, string Salt, string Iterations, string Failures, string LastFailedAt, string LockedUntil)
{
    private static readonly KioskAccountColumns Member = new(
        "businesses", "id = @id AND archived = 0", "'business ''' || name || ''' (id ' || id || ')'",
        "pin_hash", "pin_salt", "pin_iterations", "failed_pin_attempts", "last_failed_pin_at", "locked_until");

    private static readonly KioskAccountColumns Coordinator = new(
        "association", "id = 1", "'the coordinator'",
        "coordinator_pin_hash", "coordinator_pin_salt", "coordinator_pin_iterations", "coordinator_failed_attempts", "coordinator_last_failed_at", "coordinator_locked_until");

    /// <summary>The columns of a member (by its business id) or of the coordinator; a guest has no account.</summary>
    public static KioskAccountColumns Of(Actor account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.Kind switch
        {
            ActorKind.Member when account.BusinessId is not null => Member,
            ActorKind.Coordinator => Coordinator,
            _ => throw new ArgumentException($"Only a member or the coordinator has a kiosk account, not {account}.", nameof(account)),
        };
    }

    public string SelectSql => $"SELECT {Name} AS Name, {Hash} AS Hash, {Salt} AS Salt, {Iterations} AS Iterations, {Failures} AS Failures, {LastFailedAt} AS LastFailedAt, {LockedUntil} AS LockedUntil FROM {Table} WHERE {Where}";

    public string SetPinSql => $"UPDATE {Table} SET {Hash} = @hash, {Salt} = @salt, {Iterations} = @iterations, {Failures} = 0, {LastFailedAt} = NULL, {LockedUntil} = NULL WHERE {Where}";

    public string SetAttemptsSql => $"UPDATE {Table} SET {Failures} = @failures, {LastFailedAt} = @lastFailedAt, {LockedUntil} = @lockedUntil WHERE {Where}";
}
