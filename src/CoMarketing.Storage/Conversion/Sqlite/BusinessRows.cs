using System.Collections.Immutable;
using System.Data;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>
/// Reads businesses with their offerings, audience and channels in five queries whatever their number
/// (one per table, filtered by the same condition), never one query per business.
/// </summary>
internal static class BusinessRows
{
    private const string Columns = "id, " + InsertColumns;

    private const string InsertColumns = "name, business_id, industry, municipality, latitude, longitude, catchment_km, customer_type, "
        + "contact_person, email, phone, notes, archived, age_0, age_1, age_2, age_3, age_4, age_5, age_6, "
        + "months_mask, customers_per_month, national";

    /// <summary>
    /// Loads the businesses matching <paramref name="where"/> (a condition on <c>businesses</c>; <paramref name="id"/>,
    /// when given, is bound to <c>@id</c>), by name.
    /// </summary>
    public static List<Business> Load(SqliteConnection connection, SqliteTransaction transaction, string where, long? id = null)
    {
        var subset = $"SELECT id FROM businesses WHERE {where}";
        var offerings = Group(connection, transaction, $"SELECT business_id, offering FROM offerings WHERE business_id IN ({subset})", id, r => r.GetString(1));
        var interests = Group(connection, transaction, $"SELECT business_id, tag FROM audience_interests WHERE business_id IN ({subset})", id, r => InterestTag.Parse(r.GetString(1)));
        var areas = Group(connection, transaction, $"SELECT business_id, municipality FROM audience_municipalities WHERE business_id IN ({subset})", id, r => MunicipalityCode.Parse(r.GetString(1)));
        var channels = Group(
            connection,
            transaction,
            $"SELECT business_id, kind, name, audience_size, engagement_rate, typical_cost_cents, age_0, age_1, age_2, age_3, age_4, age_5, age_6 FROM channels WHERE business_id IN ({subset}) ORDER BY business_id, position",
            id,
            ReadChannel);

        var businesses = new List<Business>();
        using var command = RawSql.Command(connection, $"SELECT {Columns} FROM businesses WHERE {where} ORDER BY name COLLATE NOCASE, id", transaction, ("@id", id));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var businessId = reader.GetInt64(0);
            var audience = new Audience(
                ReadAges(reader, 14) ?? AgeDistribution.Uniform,
                [.. interests.GetValueOrDefault(businessId, [])],
                [.. areas.GetValueOrDefault(businessId, [])],
                new ActiveMonths((int)reader.GetInt64(21)),
                (int)reader.GetInt64(22),
                reader.GetInt64(23) != 0);
            Catchment? catchment = reader.IsDBNull(5) || reader.IsDBNull(6) || reader.IsDBNull(7)
                ? null
                : new Catchment(new GeoPoint(reader.GetDouble(5), reader.GetDouble(6)), reader.GetDouble(7));
            businesses.Add(new Business(
                businessId,
                reader.GetString(1),
                reader.IsDBNull(2) ? null : BusinessId.Parse(reader.GetString(2)),
                IndustryCode.Parse(reader.GetString(3)),
                offerings.GetValueOrDefault(businessId, []),
                MunicipalityCode.Parse(reader.GetString(4)),
                catchment,
                DbValues.ParseName<CustomerType>(reader.GetString(8)),
                new ContactInfo(Text(reader, 9), Text(reader, 10), Text(reader, 11)),
                Text(reader, 12),
                reader.GetInt64(13) != 0,
                audience,
                channels.GetValueOrDefault(businessId, [])));
        }

        return businesses;
    }

    public static long Insert(SqliteConnection connection, SqliteTransaction transaction, Business business)
    {
        var id = RawSql.Scalar(
            connection,
            $"INSERT INTO businesses ({InsertColumns}) VALUES "
            + "(@Name, @BusinessId, @Industry, @Municipality, @Latitude, @Longitude, @CatchmentKm, @CustomerType, @Person, @Email, @Phone, @Notes, @Archived, "
            + "@Age0, @Age1, @Age2, @Age3, @Age4, @Age5, @Age6, @Months, @Customers, @National) RETURNING id",
            transaction,
            Parameters(business));
        InsertChildren(connection, transaction, id, business);
        return id;
    }

    /// <summary>Rewrites a business row and all its child rows; false when no such business exists.</summary>
    public static bool Replace(SqliteConnection connection, SqliteTransaction transaction, Business business)
    {
        var changed = RawSql.Execute(
            connection,
            "UPDATE businesses SET name = @Name, business_id = @BusinessId, industry = @Industry, municipality = @Municipality, "
            + "latitude = @Latitude, longitude = @Longitude, catchment_km = @CatchmentKm, customer_type = @CustomerType, "
            + "contact_person = @Person, email = @Email, phone = @Phone, notes = @Notes, archived = @Archived, "
            + "age_0 = @Age0, age_1 = @Age1, age_2 = @Age2, age_3 = @Age3, age_4 = @Age4, age_5 = @Age5, age_6 = @Age6, "
            + "months_mask = @Months, customers_per_month = @Customers, national = @National WHERE id = @Id",
            transaction,
            [.. Parameters(business), ("@Id", business.Id)]);
        if (changed == 0)
        {
            return false;
        }

        foreach (var table in new[] { "offerings", "audience_interests", "audience_municipalities", "channels" })
        {
            RawSql.Execute(connection, $"DELETE FROM {table} WHERE business_id = @Id", transaction, ("@Id", business.Id));
        }

        InsertChildren(connection, transaction, business.Id, business);
        return true;
    }

    private static void InsertChildren(SqliteConnection connection, SqliteTransaction transaction, long id, Business business)
    {
        RawSql.ExecuteEach(connection, transaction, "INSERT INTO offerings (business_id, offering) VALUES (@id, @value)", business.Offerings, o => [("@id", id), ("@value", o)]);
        RawSql.ExecuteEach(connection, transaction, "INSERT INTO audience_interests (business_id, tag) VALUES (@id, @value)", business.Audience.Interests, t => [("@id", id), ("@value", t.Value)]);
        RawSql.ExecuteEach(connection, transaction, "INSERT INTO audience_municipalities (business_id, municipality) VALUES (@id, @value)", business.Audience.Municipalities, m => [("@id", id), ("@value", m.Value)]);
        RawSql.ExecuteEach(
            connection,
            transaction,
            "INSERT INTO channels (business_id, position, kind, name, audience_size, engagement_rate, typical_cost_cents, age_0, age_1, age_2, age_3, age_4, age_5, age_6) "
            + "VALUES (@id, @position, @kind, @name, @size, @engagement, @cost, @a0, @a1, @a2, @a3, @a4, @a5, @a6)",
            business.Channels.Select((c, i) => (Channel: c, Position: i)),
            row => [
                ("@id", id),
                ("@position", row.Position),
                ("@kind", ChannelKinds.ShortName(row.Channel.Kind)),
                ("@name", row.Channel.Name),
                ("@size", row.Channel.AudienceSize),
                ("@engagement", row.Channel.EngagementRate),
                ("@cost", row.Channel.TypicalCost.Cents),
                ("@a0", row.Channel.Ages?.Weights[0]),
                ("@a1", row.Channel.Ages?.Weights[1]),
                ("@a2", row.Channel.Ages?.Weights[2]),
                ("@a3", row.Channel.Ages?.Weights[3]),
                ("@a4", row.Channel.Ages?.Weights[4]),
                ("@a5", row.Channel.Ages?.Weights[5]),
                ("@a6", row.Channel.Ages?.Weights[6]),
            ]);
    }

    private static (string Name, object? Value)[] Parameters(Business b) =>
    [
        ("@Name", b.Name),
        ("@BusinessId", b.BusinessId?.Value),
        ("@Industry", b.Industry.Code),
        ("@Municipality", b.Municipality.Value),
        ("@Latitude", b.Catchment?.Centre.Latitude),
        ("@Longitude", b.Catchment?.Centre.Longitude),
        ("@CatchmentKm", b.Catchment?.RadiusKm),
        ("@CustomerType", DbValues.Name(b.CustomerType)),
        ("@Person", b.Contact.Person),
        ("@Email", b.Contact.Email),
        ("@Phone", b.Contact.Phone),
        ("@Notes", b.Notes),
        ("@Archived", b.Archived),
        ("@Age0", b.Audience.Ages.Weights[0]),
        ("@Age1", b.Audience.Ages.Weights[1]),
        ("@Age2", b.Audience.Ages.Weights[2]),
        ("@Age3", b.Audience.Ages.Weights[3]),
        ("@Age4", b.Audience.Ages.Weights[4]),
        ("@Age5", b.Audience.Ages.Weights[5]),
        ("@Age6", b.Audience.Ages.Weights[6]),
        ("@Months", b.Audience.Months.Mask),
        ("@Customers", b.Audience.CustomersPerMonth),
        ("@National", b.Audience.National),
    ];

    private static Channel ReadChannel(IDataReader r) => new(
        ChannelKinds.Parse(r.GetString(1)),
        r.GetString(2),
        (int)r.GetInt64(3),
        r.GetDouble(4),
        Money.FromCents(r.GetInt64(5)),
        ReadAges(r, 6));

    private static AgeDistribution? ReadAges(IDataReader r, int first)
    {
        if (r.IsDBNull(first))
        {
            return null;
        }

        var weights = new double[AgeBands.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = r.GetDouble(first + i);
        }

        return new AgeDistribution(weights);
    }

    private static string? Text(IDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static Dictionary<long, List<T>> Group<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, long? boundId, Func<IDataReader, T> read)
    {
        var groups = new Dictionary<long, List<T>>();
        using var command = RawSql.Command(connection, sql, transaction, ("@id", boundId));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (!groups.TryGetValue(id, out var list))
            {
                list = [];
                groups[id] = list;
            }

            list.Add(read(reader));
        }

        return groups;
    }
}
