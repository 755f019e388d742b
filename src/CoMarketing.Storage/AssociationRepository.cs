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
            // Plain ADO.NET rather than Dapper: the first frame reads this at every start (see RawSql).
            using var command = RawSql.Command(
                c,
                "SELECT name, currency, default_vat_bp, language, population, small_town_mode, kiosk_idle_minutes, business_id, iban, payment_term_days FROM association WHERE id = 1",
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
                (int)reader.GetInt64(6))
            {
                BusinessId = reader.IsDBNull(7) ? null : Core.Businesses.BusinessId.Parse(reader.GetString(7)),
                Iban = reader.IsDBNull(8) ? null : Core.Finance.Iban.Parse(reader.GetString(8)),
                PaymentTermDays = (int)reader.GetInt64(9),
            };
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
            + "kiosk_idle_minutes = excluded.kiosk_idle_minutes; "
            + PaymentColumns(connection, transaction),
            new
            {
                settings.Name,
                settings.Currency,
                vat = DbValues.BasisPoints(settings.DefaultVatPercent),
                language = DbValues.Name(settings.Language),
                settings.Population,
                settings.SmallTownMode,
                settings.KioskIdleMinutes,
                businessId = settings.BusinessId?.Value,
                iban = settings.Iban?.Value,
                settings.PaymentTermDays,
            },
            transaction);

    /// <summary>
    /// The update of the payment details (schema v5), or nothing in a file of an older version (tests build those,
    /// and an older file gets the columns' defaults when it is migrated).
    /// </summary>
    private static string PaymentColumns(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction)
        => RawSql.Scalar(connection, "PRAGMA user_version", transaction) >= 5
            ? "UPDATE association SET business_id = @businessId, iban = @iban, payment_term_days = @PaymentTermDays WHERE id = 1"
            : string.Empty;
}
