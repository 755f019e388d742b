using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Storage.Internal;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>
/// The association's embedded database: one SQLite file (WAL journal, foreign keys on, a busy timeout so a second
/// planner waits instead of failing), readable by its owner only.
/// </summary>
/// <remarks>
/// Opening a path that does not exist creates the folder and the file with <see cref="AssociationSettings.Default"/>.
/// Opening an older file migrates it after copying it to <c>&lt;file&gt;.pre-vN.bak</c>. A file that is not a
/// CoMarketing database, or was written by a newer version, is refused with a <see cref="Core.Common.DomainException"/>.
/// The store holds no open connection between calls, so it needs no disposing and is safe to use from several threads.
/// </remarks>
internal sealed class SqliteStore
{
    private readonly SqliteDatabase _database;

    private SqliteStore(SqliteDatabase database)
    {
        _database = database;
        Businesses = new BusinessRepository(database);
        PairPreferences = new PairPreferenceRepository(database);
        Campaigns = new CampaignRepository(database);
        Association = new AssociationRepository(database);
        Audit = new AuditLog(database);
        Kiosk = new KioskRepository(database);
        Budget = new BudgetPlanRepository(database);
    }

    /// <summary>The schema version this program writes (<c>PRAGMA user_version</c>).</summary>
    public static int SchemaVersion => Migrations.Latest;

    /// <summary>The full path of the database file.</summary>
    public string Path => _database.Path;

    public BusinessRepository Businesses { get; }

    public PairPreferenceRepository PairPreferences { get; }

    public CampaignRepository Campaigns { get; }

    public AssociationRepository Association { get; }

    public AuditLog Audit { get; }

    /// <summary>Kiosk PIN hashes, wrong-PIN counters and locks, and drafts of unsaved form input.</summary>
    public KioskRepository Kiosk { get; }
    /// <summary>The association's budget plan per month.</summary>
    public BudgetPlanRepository Budget { get; }

    /// <summary>Opens (creating or migrating when needed) the database at <paramref name="path"/>.</summary>
    public static SqliteStore Open(string path, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(clock);
        return Open(path, clock, Migrations.Latest);
    }

    /// <summary>
    /// Starts loading SQLite (the native library and the connection-string parser, ≈ 20 ms on first use) on a
    /// background thread, so a program can do its own set-up meanwhile and its first <see cref="Open(string, TimeProvider)"/>
    /// is shorter. Optional: opens no file and changes nothing; a failure here is left for <c>Open</c> to report.
    /// </summary>
    public static void StartWarmUp() => new Thread(SqliteWarmUp.Run) { IsBackground = true, Name = "SQLite warm-up" }.Start();

    /// <summary>Opens at a given schema version; tests use it to build files of an older version.</summary>
    internal static SqliteStore Open(string path, TimeProvider clock, int schemaVersion)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        var database = new SqliteDatabase(fullPath, clock);
        using (var connection = Migrator.MigrateAndOpen(fullPath, schemaVersion))
        {
            // A plain read first: only a new file needs the write lock to add the association row.
            if (RawSql.Scalar(connection, "SELECT count(*) FROM association") == 0)
            {
                using var transaction = SqliteDatabase.BeginImmediate(connection);
                if (RawSql.Scalar(connection, "SELECT count(*) FROM association", transaction) == 0)
                {
                    AssociationRepository.Save(connection, transaction, AssociationSettings.Default);
                }

                transaction.Commit();
            }
        }

        FilePermissions.RestrictToOwner(fullPath);
        return new SqliteStore(database);
    }

    /// <summary>
    /// Copies the whole database to <paramref name="targetPath"/> with SQLite's online backup API (consistent even
    /// while others write). The copy is written beside the target and renamed into place, so a failed backup leaves
    /// no half file. Refuses to overwrite an existing file.
    /// </summary>
    public void Backup(string targetPath) => BackupRestore.Backup(_database, targetPath);

    /// <summary>
    /// Replaces the database content with the backup at <paramref name="sourcePath"/> after checking it is a sound
    /// CoMarketing database this program can read; refuses otherwise and changes nothing. The replacement happens
    /// in one write transaction. The current content is first saved to <c>&lt;file&gt;.pre-restore-…bak</c>.
    /// </summary>
    public void Restore(string sourcePath, Actor actor) => BackupRestore.Restore(_database, sourcePath, actor);

    /// <summary>
    /// Runs SQLite's integrity and foreign-key checks and the domain's invariants; returns each problem in words
    /// (empty when all is well).
    /// </summary>
    public IReadOnlyList<string> Check() => IntegrityChecker.Check(_database);
}
