using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>The association's settings: one row, created with <see cref="AssociationSettings.Default"/>.</summary>
internal sealed class AssociationRepository
{
    private readonly SqliteDatabase _database;

    internal AssociationRepository(SqliteDatabase database) => _database = database;

    public AssociationSettings Get()
        => _database.Read((c, t) =>
        {
            using var command = RawSql.Command(
                c,
                "SELECT name, currency, default_vat_bp, language, population, small_town_mode, kiosk_idle_minutes FROM association WHERE id = 1",
                t);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                throw new InvalidOperationException("Sequence contains no elements");
            }

            return new AssociationSettings(
                reader.GetString(0),
                reader.GetString(1),
                DbValues.FromBasisPoints(reader.GetInt64(2)),
                DbValues.ParseName<Language>(reader.GetString(3)),
                (int)reader.GetInt64(4),
                reader.GetInt64(5) != 0,
                (int)reader.GetInt64(6));
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
        => RawSql.Execute(
            connection,
            "INSERT INTO association (id, name, currency, default_vat_bp, language, population, small_town_mode, kiosk_idle_minutes) "
            + "VALUES (1, @Name, @Currency, @vat, @language, @Population, @SmallTownMode, @KioskIdleMinutes) "
            + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, currency = excluded.currency, default_vat_bp = excluded.default_vat_bp, "
            + "language = excluded.language, population = excluded.population, small_town_mode = excluded.small_town_mode, "
            + "kiosk_idle_minutes = excluded.kiosk_idle_minutes",
            transaction,
            ("@Name", settings.Name),
            ("@Currency", settings.Currency),
            ("@vat", DbValues.BasisPoints(settings.DefaultVatPercent)),
            ("@language", DbValues.Name(settings.Language)),
            ("@Population", settings.Population),
            ("@SmallTownMode", settings.SmallTownMode),
            ("@KioskIdleMinutes", settings.KioskIdleMinutes));
}
