using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Storage.Internal;
using Dapper;

namespace CoMarketing.Storage;

/// <summary>The association's settings: one row, created with <see cref="AssociationSettings.Default"/>.</summary>
public sealed class AssociationRepository
{
    private readonly SqliteDatabase _database;

    internal AssociationRepository(SqliteDatabase database) => _database = database;

    public AssociationSettings Get()
        => _database.Read((c, t) =>
        {
            var row = c.QuerySingle<(string Name, string Currency, long VatBp, string Language, long Population, long SmallTown, long Idle)>(
                "SELECT name, currency, default_vat_bp, language, population, small_town_mode, kiosk_idle_minutes FROM association WHERE id = 1",
                transaction: t);
            return new AssociationSettings(
                row.Name,
                row.Currency,
                DbValues.FromBasisPoints(row.VatBp),
                DbValues.ParseName<Language>(row.Language),
                (int)row.Population,
                row.SmallTown != 0,
                (int)row.Idle);
        });

    public void Update(AssociationSettings settings, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _database.Write(actor, "association.update", (c, t) =>
        {
            Save(c, t, settings);
            return (0, $"Updated the association settings of '{settings.Name}'.");
        });
    }

    internal static void Save(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction, AssociationSettings settings)
        => connection.Execute(
            "INSERT INTO association (id, name, currency, default_vat_bp, language, population, small_town_mode, kiosk_idle_minutes) "
            + "VALUES (1, @Name, @Currency, @vat, @language, @Population, @SmallTownMode, @KioskIdleMinutes) "
            + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, currency = excluded.currency, default_vat_bp = excluded.default_vat_bp, "
            + "language = excluded.language, population = excluded.population, small_town_mode = excluded.small_town_mode, "
            + "kiosk_idle_minutes = excluded.kiosk_idle_minutes",
            new
            {
                settings.Name,
                settings.Currency,
                vat = DbValues.BasisPoints(settings.DefaultVatPercent),
                language = DbValues.Name(settings.Language),
                settings.Population,
                settings.SmallTownMode,
                settings.KioskIdleMinutes,
            },
            transaction);
}
