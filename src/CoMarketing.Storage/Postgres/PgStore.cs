using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Internal;
using CoMarketing.Storage.LiteDb;
using CoMarketing.Storage.LiteDb.Maintenance;
using CoMarketing.Storage.LiteDb.Mapping;
using CoMarketing.Storage.LiteDb.Schema;
using LiteDB;
using Npgsql;

namespace CoMarketing.Storage.Postgres;

/// <summary>
/// One association's data on a PostgreSQL server, behind the same seam as the LiteDB file: many kiosks and machines
/// (and many associations) share one database. Opening migrates the database when needed (see
/// <see cref="PgMigrator"/>) and creates the association with <see cref="AssociationSettings.Default"/> when it is new.
/// </summary>
/// <remarks>
/// Connections come from a pool owned by this store: dispose it when done. Every operation is one transaction; see
/// <see cref="PgDatabase"/>. Backups are LiteDB files, so a backup taken here restores into either provider.
/// </remarks>
public sealed class PgStore : IStore, IDisposable
{
    private readonly NpgsqlDataSource _source;
    private readonly PgDatabase _db;

    private PgStore(NpgsqlDataSource source, PgDatabase db, bool created)
    {
        _source = source;
        _db = db;
        Created = created;
        Businesses = new PgBusinessRepository(db);
        PairPreferences = new PgPairPreferenceRepository(db);
        Campaigns = new PgCampaignRepository(db);
        Association = new PgAssociationRepository(db);
        Audit = new PgAuditLog(db);
        Kiosk = new PgKioskRepository(db);
        Budget = new PgBudgetPlanRepository(db);
        Federation = new PgFederationDirectory(db);
    }

    /// <summary>The server, database and association, without a password.</summary>
    public string Path => _db.Display;

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <summary>True when this open created the association.</summary>
    public bool Created { get; }

    /// <summary>The association's id in the database (the key of its rows).</summary>
    public long AssociationId => _db.Association;

    public IBusinessRepository Businesses { get; }

    public IPairPreferenceRepository PairPreferences { get; }

    public ICampaignRepository Campaigns { get; }

    public IAssociationRepository Association { get; }

    public IAuditLog Audit { get; }

    public IKioskRepository Kiosk { get; }

    public IBudgetPlanRepository Budget { get; }

    public IFederationDirectory Federation { get; }

    /// <summary>Opens the association named by <paramref name="target"/>, migrating the database and creating the association when needed.</summary>
    /// <exception cref="NpgsqlException">The server cannot be reached or refuses the login.</exception>
    public static PgStore Open(PgTarget target, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(clock);
        var builder = new NpgsqlConnectionStringBuilder(target.Settings.ConnectionString) { ApplicationName = "comarketing" };
        var source = NpgsqlDataSource.Create(builder);
        try
        {
            PgMigrator.Migrate(source);
            var (id, created) = FindOrCreate(source, target.Association);
            return new PgStore(source, new PgDatabase(source, id, target.Display, clock), created);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    public void Dispose() => _source.Dispose();

    public AssociationSummary Summary() => _db.Read(s => new AssociationSummary(
        AssociationMapper.Read(PgAssociationRepository.Document(s)),
        s.Scalar<int>("SELECT count(*) FROM businesses WHERE association_id = @a AND NOT archived"),
        s.Scalar<int>("SELECT count(*) FROM campaigns WHERE association_id = @a")));

    /// <summary>
    /// Writes the association, as one consistent state, to a new LiteDB file at <paramref name="targetPath"/> (which a
    /// kiosk can run offline, or <c>restore</c> brings back into either provider). Refuses to overwrite.
    /// </summary>
    public void Backup(string targetPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetPath);
        var target = System.IO.Path.GetFullPath(targetPath);
        if (File.Exists(target))
        {
            throw new DomainException($"'{target}' already exists; choose another file name for the backup.");
        }

        _db.Read(s =>
        {
            using var memory = InMemory(s);
            LiteCopy.Copy(memory, target);
            return 0;
        });
        FilePermissions.RestrictToOwner(target);
    }

    /// <summary>
    /// Replaces the association's content with the validated content of a LiteDB backup (or a file of the earlier
    /// SQLite format), in one transaction with its audit entry; the current content is first written to a LiteDB file
    /// beside the backup (<c>&lt;backup&gt;.pre-restore-…bak</c>). Any failure before that changes nothing.
    /// </summary>
    public void Restore(string sourcePath, Actor actor) => Load(sourcePath, actor, (source, version) =>
    {
        var stamp = _db.Clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var safety = $"{source}.pre-restore-{stamp}.bak";
        if (!File.Exists(safety))
        {
            Backup(safety);
        }

        return ("database.restore", $"Restored the association from '{source}' (schema version {version}); the previous content is in '{safety}'.");
    });

    /// <summary>
    /// Fills this association, which must hold no businesses and no campaigns yet, with the validated content of a
    /// LiteDB file (<c>db copy</c>), in one transaction with its audit entry.
    /// </summary>
    public void Import(string sourcePath, Actor actor) => Load(sourcePath, actor, (source, version) =>
    {
        var summary = Summary();
        var archived = Businesses.Count(includeArchived: true);
        if (archived > 0 || summary.Campaigns > 0)
        {
            throw new DomainException($"{Path} already holds {archived} businesses and {summary.Campaigns} campaigns; copy into a new association instead (add ?association=NAME to the URL).");
        }

        return ("database.copy", $"Copied the association in from '{source}' (schema version {version}).");
    });

    private void Load(string sourcePath, Actor actor, Func<string, int, (string Action, string Details)> before)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourcePath);
        ArgumentNullException.ThrowIfNull(actor);
        var source = System.IO.Path.GetFullPath(sourcePath);
        if (!File.Exists(source))
        {
            throw new DomainException($"There is no backup file at '{source}'.");
        }

        var candidate = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"comarketing-restore-{Guid.NewGuid():N}.db");
        try
        {
            var version = LiteRestore.Prepare(source, candidate, _db.Clock);
            var (action, details) = before(source, version);
            using var from = LiteFile.OpenPrivate(candidate, readOnly: true);
            _db.Write(actor, action, s =>
            {
                PgTransfer.FromLite(s, from);
                return (0, details);
            });
        }
        finally
        {
            LiteCopy.DeleteWithCompanions(candidate);
        }
    }

    /// <summary>
    /// Checks every document with the same rules as a LiteDB file (each maps to valid domain values, references resolve,
    /// names match their keys), plus that each row's key columns agree with its document and, when the association
    /// shares with its federation, that what it shares agrees with its records.
    /// </summary>
    public IReadOnlyList<string> Check() => _db.Read(s =>
    {
        var problems = new List<string>();
        foreach (var (version, d) in s.Documents("SELECT version, document FROM businesses WHERE association_id = @a"))
        {
            if (BsonFields.Int64(d, "version") != version)
            {
                problems.Add($"Business id {BsonFields.Int64(d, "_id")} has version {version} in its row but {BsonFields.Int64(d, "version")} in its document.");
            }
        }

        var schema = s.Scalar<int>("SELECT coalesce(max(version), 0) FROM comarketing_schema");
        if (schema != PgSchema.Latest)
        {
            problems.Add($"The database has schema version {schema}; this program writes {PgSchema.Latest}.");
        }

        problems.AddRange(PgFederation.Check(s));
        using var memory = InMemory(s);
        problems.AddRange(LiteChecker.Check(memory, Path));
        return (IReadOnlyList<string>)problems;
    });

    /// <summary>The demo association written over this one in one transaction (see <see cref="Demo.DemoInstaller"/>).</summary>
    internal Core.Demo.DemoDataSet InstallDemo(Core.Demo.DemoDataSet demo, bool replace, Actor actor) => _db.Write(actor, "demo.install", s =>
    {
        var members = s.Scalar<long>("SELECT count(*) FROM businesses WHERE association_id = @a");
        var existing = s.Scalar<long>("SELECT count(*) FROM campaigns WHERE association_id = @a");
        if (!replace && (members > 0 || existing > 0))
        {
            throw new DomainException(
                $"The database {Path} already has {members} members and {existing} campaigns; "
                + "use 'comarketing demo --force' to replace everything with the demo association.");
        }

        foreach (var table in new[] { "campaigns", "pairs", "drafts", "businesses", "budget" })
        {
            s.Execute($"DELETE FROM {table} WHERE association_id = @a");
        }

        PgAssociationRepository.Save(s, AssociationMapper.Write(demo.Settings, PgAssociationRepository.Document(s)));
        var ids = demo.Businesses.ToDictionary(b => b.Id, b => PgBusinessRepository.Insert(s, b).Id);
        var saved = demo.WithBusinessIds(ids);
        foreach (var pair in saved.PairPreferences)
        {
            PgPairPreferenceRepository.InsertDocument(s, new BsonDocument { ["_id"] = $"{pair.From}:{pair.To}", ["from"] = pair.From, ["to"] = pair.To, ["kind"] = BsonFields.Name(pair.Kind) });
        }

        var result = saved with { Campaigns = [.. saved.Campaigns.Select(k => PgCampaignRepository.Insert(s, k))] };
        if (result.Campaigns.Count > 0)
        {
            PgBudgetPlanRepository.Replace(s, Core.Demo.DemoBudget.Plan(result.Campaigns.Min(k => k.Start)));
        }

        PgFederation.Recount(s);

        var verb = members > 0 || existing > 0 ? $"Replaced {members} members and {existing} campaigns with" : "Installed";
        return (result, $"{verb} the demo association '{demo.Settings.Name}': {ids.Count} members, {result.Campaigns.Count} campaigns.");
    });

    /// <summary>The association's documents in an in-memory LiteDB database of the current schema.</summary>
    private static LiteDatabase InMemory(PgSession s)
    {
        var memory = new LiteDatabase(new MemoryStream());
        try
        {
            memory.UtcDate = true;
            PgTransfer.ToLite(s, memory);
            for (var step = 1; step <= LiteSchema.Latest; step++)
            {
                LiteSchema.Run(memory, step);
            }

            memory.UserVersion = LiteSchema.Latest;
            return memory;
        }
        catch
        {
            memory.Dispose();
            throw;
        }
    }

    private static (long Id, bool Created) FindOrCreate(NpgsqlDataSource source, string name)
    {
        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var insert = new NpgsqlCommand("INSERT INTO associations (name) VALUES (@n) ON CONFLICT (name) DO NOTHING RETURNING id", connection, transaction))
        {
            insert.Parameters.AddWithValue("n", name);
            if (insert.ExecuteScalar() is long created)
            {
                var session = new PgSession(connection, transaction, created);
                session.Execute("SELECT set_config('comarketing.association', @a::text, true)");
                session.Execute("INSERT INTO settings (association_id, document) VALUES (@a, @doc)", PgSession.Bytes("doc", AssociationMapper.Write(AssociationSettings.Default, [])));
                transaction.Commit();
                return (created, true);
            }
        }

        using var find = new NpgsqlCommand("SELECT id FROM associations WHERE name = @n", connection, transaction);
        find.Parameters.AddWithValue("n", name);
        var id = (long)find.ExecuteScalar()!;
        transaction.Commit();
        return (id, false);
    }
}
