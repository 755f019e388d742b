using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.LiteDb;

/// <summary>
/// One CoMarketing LiteDB file opened in shared mode: every operation opens the file under a named mutex that all
/// processes on this machine share, and closes it again, so a planner and a command on one file take turns instead
/// of corrupting it (direct mode with two processes loses data, LiteDB #2163). Never open the live file in direct mode.
/// </summary>
/// <remarks>
/// Reads and writes each run in one explicit transaction, which holds the mutex from begin to commit: a read sees
/// one state, and a change with its audit entry is written whole or not at all. A second process waits for the mutex.
/// </remarks>
internal sealed class LiteFile
{
    public LiteFile(string path, TimeProvider clock, bool readOnly)
    {
        Path = path;
        Clock = clock;
        ReadOnly = readOnly;
    }

    public string Path { get; }

    public TimeProvider Clock { get; }

    /// <summary>The user made the file read-only: it is opened for reading and every change is refused.</summary>
    public bool ReadOnly { get; }

    public static LiteDatabase OpenShared(string path, bool readOnly) => new(new ConnectionString
    {
        Filename = path,
        Connection = ConnectionType.Shared,
        ReadOnly = readOnly,
    });

    /// <summary>A private file (a temporary copy or a backup being written): direct mode, nobody else opens it.</summary>
    public static LiteDatabase OpenPrivate(string path, bool readOnly = false) => new(new ConnectionString
    {
        Filename = path,
        Connection = ConnectionType.Direct,
        ReadOnly = readOnly,
    });

    public LiteDatabase Open() => OpenShared(Path, ReadOnly);

    /// <summary>Runs a read in one transaction, so all its queries see the same state.</summary>
    public T Read<T>(Func<LiteDatabase, T> body)
    {
        using var db = Open();
        db.BeginTrans();
        try
        {
            return body(db);
        }
        finally
        {
            db.Rollback();
        }
    }

    /// <summary>
    /// Runs one user-level change in one transaction with its audit entry. Any exception rolls back everything,
    /// the audit entry included.
    /// </summary>
    public T Write<T>(Actor actor, string action, Func<LiteDatabase, (T Result, string Details)> body)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return Change(db =>
        {
            var (result, details) = body(db);
            db.GetCollection(Collections.Audit, BsonAutoId.Int64).Insert(AuditMapper.Write(actor, Clock.GetUtcNow(), action, details));
            return result;
        });
    }

    /// <summary>Runs a change that is not audited (kiosk drafts are scratch) in one transaction.</summary>
    public T Change<T>(Func<LiteDatabase, T> body)
    {
        if (ReadOnly)
        {
            throw new DomainException($"'{Path}' is read-only, so nothing was changed. Make the file writable (chmod u+w) to save changes.");
        }

        using var db = Open();
        db.BeginTrans();
        try
        {
            var result = body(db);
            db.Commit();
            return result;
        }
        catch
        {
            db.Rollback();
            throw;
        }
    }
}
