using CoMarketing.Core.Audit;
using CoMarketing.Storage.Conversion;
using CoMarketing.Storage.Internal;
using CoMarketing.Storage.LiteDb;
using CoMarketing.Storage.LiteDb.Maintenance;
using CoMarketing.Storage.LiteDb.Mapping;
using CoMarketing.Storage.LiteDb.Schema;

namespace CoMarketing.Storage;

/// <summary>
/// The association's embedded database: one LiteDB file in shared mode (every operation takes a machine-wide
/// mutex, so a planner and a command on one file take turns; nobody sees "locked"), readable by its owner only.
/// </summary>
/// <remarks>
/// Opening a path that does not exist creates the folder (0700) and the file (0600) with
/// <see cref="Core.Association.AssociationSettings.Default"/>. A file of the earlier SQLite format is converted once
/// (the original kept as <c>&lt;file&gt;.sqlite.bak</c>); an older LiteDB file is migrated after copying it to
/// <c>&lt;file&gt;.pre-vN.bak</c>. A file the user made read-only is opened read-only and every change is refused.
/// A path that is not a regular file, an empty file, a file that is not a CoMarketing database, or one written by a
/// newer version is refused with a <see cref="Core.Common.DomainException"/> and left as it is.
/// The store holds no open file between calls, so it needs no disposing and is safe to use from several threads.
/// </remarks>
public sealed class Store : IStore
{
    private readonly LiteFile _file;

    private Store(LiteFile file, bool created)
    {
        _file = file;
        Created = created;
        Businesses = new LiteBusinessRepository(file);
        PairPreferences = new LitePairPreferenceRepository(file);
        Campaigns = new LiteCampaignRepository(file);
        Association = new LiteAssociationRepository(file);
        Audit = new LiteAuditLog(file);
        Kiosk = new LiteKioskRepository(file);
        Budget = new LiteBudgetPlanRepository(file);
        Federation = new LiteFederationDirectory();
    }

    /// <summary>The schema version this program writes (LiteDB's <c>UserVersion</c>).</summary>
    public static int SchemaVersion => LiteSchema.Latest;

    /// <summary>The full path of the database file.</summary>
    public string Path => _file.Path;

    /// <inheritdoc/>
    public bool IsReadOnly => _file.ReadOnly;

    /// <summary>True when this <see cref="Open(string, TimeProvider)"/> created the file.</summary>
    public bool Created { get; }

    public IBusinessRepository Businesses { get; }

    public IPairPreferenceRepository PairPreferences { get; }

    public ICampaignRepository Campaigns { get; }

    public IAssociationRepository Association { get; }

    public IAuditLog Audit { get; }

    /// <summary>Kiosk PIN hashes, wrong-PIN counters and locks, and drafts of unsaved form input.</summary>
    public IKioskRepository Kiosk { get; }

    /// <summary>The association's budget plan per month.</summary>
    public IBudgetPlanRepository Budget { get; }

    public IFederationDirectory Federation { get; }

    /// <summary>Internal access for the demo installer and the maintenance code.</summary>
    internal LiteFile File => _file;

    /// <summary>Opens (creating, converting or migrating when needed) the database at <paramref name="path"/>.</summary>
    public static Store Open(string path, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(clock);
        return Open(path, clock, LiteSchema.Latest);
    }

    /// <summary>
    /// Loads LiteDB's assembly and its type initialisers on a background thread, so a program's first
    /// <see cref="Open(string, TimeProvider)"/> is shorter. Optional: opens no file and changes nothing.
    /// </summary>
    public static void StartWarmUp() => new Thread(LiteWarmUp.Run) { IsBackground = true, Name = "LiteDB warm-up" }.Start();

    /// <summary>Opens at a given schema version; tests use it to build files of an older version.</summary>
    internal static Store Open(string path, TimeProvider clock, int schemaVersion)
    {
        var full = DatabasePath.Validate(path);
        var created = !System.IO.File.Exists(full) && LiteMigrator.Create(full, schemaVersion);
        var readOnly = DatabasePath.IsReadOnly(full);
        switch (FileFormat.Detect(full))
        {
            case FileKind.Sqlite when readOnly:
                throw new Core.Common.DomainException($"'{full}' is read-only and in the earlier SQLite format; make it writable once so it can be converted.");
            case FileKind.Sqlite:
                SqliteConverter.ConvertInPlace(full, clock);
                break;
            case FileKind.Other:
                throw new Core.Common.DomainException($"'{full}' is not a CoMarketing database (neither a LiteDB nor an earlier SQLite file).");
        }

        LiteMigrator.Migrate(full, readOnly, schemaVersion);
        if (!readOnly)
        {
            FilePermissions.RestrictToOwner(full);
        }

        return new Store(new LiteFile(full, clock, readOnly), created);
    }

    /// <summary>
    /// Deletes the file again when this open created it and nothing has been written to it since (no audit entry):
    /// a command that failed leaves no database behind.
    /// </summary>
    public void DiscardIfUnused()
    {
        if (!Created || _file.ReadOnly || Audit.Count() > 0)
        {
            return;
        }

        LiteCopy.DeleteWithCompanions(Path);
    }

    public AssociationSummary Summary() => _file.Read(db => new AssociationSummary(
        AssociationMapper.Read(LiteAssociationRepository.Document(db)),
        LiteBusinessRepository.ActiveCount(db),
        LiteCampaignRepository.Collection(db).Count()));

    /// <summary>
    /// Copies the whole database to a new file at <paramref name="targetPath"/>: a logical copy made inside one
    /// transaction, so it is consistent even while another process writes (that process waits). The copy is written
    /// beside the target and renamed into place, so a failed backup leaves no half file. Refuses to overwrite.
    /// </summary>
    public void Backup(string targetPath) => LiteBackup.Backup(_file, targetPath);

    /// <summary>
    /// Replaces the database content with the backup at <paramref name="sourcePath"/> (a LiteDB backup, or a file of
    /// the earlier SQLite format) after validating all of it on a private copy; refuses otherwise and changes
    /// nothing. The current content is first copied to <c>&lt;file&gt;.pre-restore-…bak</c>, then replaced in one
    /// transaction.
    /// </summary>
    public void Restore(string sourcePath, Actor actor) => LiteRestore.Restore(_file, sourcePath, actor);

    /// <summary>
    /// Reads every document, compares every index's entry count with its collection's document count, and checks the
    /// domain's invariants and the references between collections; returns each problem in words (empty when all is well).
    /// </summary>
    public IReadOnlyList<string> Check() => _file.Read(db => LiteChecker.Check(db, Path));

    /// <summary>
    /// When this file was converted from the earlier SQLite format: when, from which version, what was carried over and
    /// where the original is; otherwise null.
    /// </summary>
    public string? ConversionNote() => _file.Read(ConversionRecord.Describe);
}
