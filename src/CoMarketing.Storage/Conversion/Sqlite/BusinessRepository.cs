using System.Globalization;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>The member businesses with their audiences, channels and offerings.</summary>
/// <remarks>Every change is one transaction with one audit entry; a failure saves nothing.</remarks>
internal sealed class BusinessRepository
{
    private readonly SqliteDatabase _database;

    internal BusinessRepository(SqliteDatabase database) => _database = database;

    /// <summary>All businesses ordered by name (case-insensitive); archived ones only when asked.</summary>
    public IReadOnlyList<Business> GetAll(bool includeArchived = false)
        => _database.Read((c, t) => BusinessRows.Load(c, t, includeArchived ? "1 = 1" : "archived = 0"));

    /// <summary>The business with this store id, or null.</summary>
    public Business? Get(long id)
        => _database.Read((c, t) => BusinessRows.Load(c, t, "id = @id", id).SingleOrDefault());

    /// <summary>The number of businesses (not archived unless asked).</summary>
    public int Count(bool includeArchived = false)
        => _database.Read((c, t) => (int)RawSql.Scalar(c, includeArchived ? "SELECT count(*) FROM businesses" : "SELECT count(*) FROM businesses WHERE archived = 0", t));

    /// <summary>
    /// Businesses whose name equals <paramref name="text"/> ignoring case; when there is none, those whose name
    /// contains it. Archived businesses are left out unless asked. Empty when nothing matches.
    /// </summary>
    public IReadOnlyList<Business> FindByName(string text, bool includeArchived = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = text.Trim();
        if (wanted.Length == 0)
        {
            return [];
        }

        return _database.Read((c, t) =>
        {
            var names = RawSql.Query(c, "SELECT id, name, archived FROM businesses", t, r => (Id: r.GetInt64(0), Name: r.GetString(1), Archived: r.GetInt64(2)))
                .Where(n => includeArchived || n.Archived == 0)
                .ToList();
            var exact = names.Where(n => string.Equals(n.Name, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
            var chosen = exact.Count > 0 ? exact : names.Where(n => n.Name.Contains(wanted, StringComparison.OrdinalIgnoreCase)).ToList();
            return chosen.Count == 0
                ? []
                : BusinessRows.Load(c, t, $"id IN ({string.Join(',', chosen.Select(n => n.Id.ToString(CultureInfo.InvariantCulture)))})");
        });
    }

    /// <summary>Saves a new business and returns it with its store id.</summary>
    public Business Add(Business business, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(business);
        return _database.Write(actor, "business.add", (c, t) =>
        {
            var saved = InsertOne(c, t, business);
            return (saved, $"Added business '{saved.Name}' (id {saved.Id}).");
        });
    }

    /// <summary>Saves many new businesses (an import): all or nothing, one transaction, one audit entry.</summary>
    public IReadOnlyList<Business> AddRange(IReadOnlyCollection<Business> businesses, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(businesses);
        return _database.Write<IReadOnlyList<Business>>(actor, "business.import", (c, t) =>
        {
            var saved = businesses.Select(b => InsertOne(c, t, b)).ToList();
            return (saved, $"Imported {saved.Count} businesses.");
        });
    }

    /// <summary>Replaces a saved business (found by its id) with the given one.</summary>
    public void Update(Business business, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(business);
        _database.Write(actor, "business.update", (c, t) =>
        {
            EnsureUniqueBusinessId(c, t, business);
            if (!BusinessRows.Replace(c, t, business))
            {
                throw DomainException.Of("NoBusinessToUpdate", business.Id);
            }

            return (0, $"Updated business '{business.Name}' (id {business.Id}).");
        });
    }

    /// <summary>Marks a business archived: it stays in old campaigns but is no longer listed or matched.</summary>
    public void Archive(long id, Actor actor)
    {
        _database.Write(actor, "business.archive", (c, t) =>
        {
            var name = RawSql.Text(c, "SELECT name FROM businesses WHERE id = @id", t, ("@id", id))
                ?? throw DomainException.Of("NoBusinessToArchive", id);
            RawSql.Execute(c, "UPDATE businesses SET archived = 1 WHERE id = @id", t, ("@id", id));
            return (0, $"Archived business '{name}' (id {id}).");
        });
    }

    private static Business InsertOne(SqliteConnection connection, SqliteTransaction transaction, Business business)
    {
        EnsureUniqueBusinessId(connection, transaction, business);
        return business.WithId(BusinessRows.Insert(connection, transaction, business));
    }

    private static void EnsureUniqueBusinessId(SqliteConnection connection, SqliteTransaction transaction, Business business)
    {
        if (business.BusinessId is not { } businessId)
        {
            return;
        }

        var holder = RawSql.Text(
            connection,
            "SELECT name FROM businesses WHERE business_id = @value AND id <> @id",
            transaction,
            ("@value", businessId.Value),
            ("@id", business.Id));
        if (holder is not null)
        {
            throw DomainException.Of("BusinessIdTaken", businessId, holder);
        }
    }
}
