using System.Diagnostics;
using CoMarketing.Core.Audit;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>
/// Opens connections to one SQLite file with the store's pragmas and runs reads and audited writes.
/// </summary>
/// <remarks>
/// Every connection is short-lived (no pooling), so nothing keeps the file open between operations and a
/// second process can back it up, restore it or delete it. Writes take the write lock up front
/// (<c>BEGIN IMMEDIATE</c>) and wait for another writer instead of failing with "database is locked".
/// </remarks>
internal sealed class SqliteDatabase
{
    private const int BusyTimeoutMilliseconds = 5000;
    private static readonly TimeSpan LockWaitLimit = TimeSpan.FromSeconds(60);

    public SqliteDatabase(string path, TimeProvider clock)
    {
        Path = path;
        Clock = clock;
    }

    public string Path { get; }

    public TimeProvider Clock { get; }

    public SqliteConnection Open(bool readOnly = false) => OpenFile(Path, readOnly);

    public static SqliteConnection OpenFile(string path, bool readOnly = false)
    {
        var connection = new SqliteConnection(ConnectionString(path, readOnly));
        try
        {
            connection.Open();
            // Foreign keys are switched on here rather than by the connection string: one statement per open, not two.
            RawSql.Execute(connection, $"PRAGMA foreign_keys = 1; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static string ConnectionString(string path, bool readOnly) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
        DefaultTimeout = 60,
    }.ToString();

    /// <summary>Runs a read in one deferred transaction, so all its queries see the same snapshot.</summary>
    public T Read<T>(Func<SqliteConnection, SqliteTransaction, T> body)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction(deferred: true);
        var result = body(connection, transaction);
        transaction.Commit();
        return result;
    }

    /// <summary>
    /// Runs one user-level change in one write transaction and records it in the audit log in the same
    /// transaction. Any exception rolls back everything, the audit entry included.
    /// </summary>
    public T Write<T>(Actor actor, string action, Func<SqliteConnection, SqliteTransaction, (T Result, string Details)> body)
    {
        ArgumentNullException.ThrowIfNull(actor);
        using var connection = Open();
        using var transaction = BeginImmediate(connection);
        var (result, details) = body(connection, transaction);
        AppendAudit(connection, transaction, actor, action, details);
        transaction.Commit();
        return result;
    }

    public void AppendAudit(SqliteConnection connection, SqliteTransaction transaction, Actor actor, string action, string details)
        => RawSql.Execute(
            connection,
            "INSERT INTO audit_log (at, actor_kind, actor_business_id, action, details) VALUES (@at, @kind, @business, @action, @details)",
            transaction,
            ("@at", DbValues.Timestamp(Clock.GetUtcNow())),
            ("@kind", DbValues.Name(actor.Kind)),
            ("@business", actor.BusinessId),
            ("@action", action),
            ("@details", details));

    /// <summary>
    /// <c>BEGIN IMMEDIATE</c>, retried while another connection holds the write lock (SQLITE_BUSY / LOCKED),
    /// on top of SQLite's own busy timeout.
    /// </summary>
    public static SqliteTransaction BeginImmediate(SqliteConnection connection)
    {
        var waited = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return connection.BeginTransaction(deferred: false);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6 && waited.Elapsed < LockWaitLimit)
            {
                Thread.Sleep(Math.Min(5 * attempt, 100));
            }
        }
    }
}
