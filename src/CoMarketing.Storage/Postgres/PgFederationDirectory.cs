using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Federation;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using CoMarketing.Storage.LiteDb.Mapping;

namespace CoMarketing.Storage.Postgres;

/// <summary>
/// Reads what the other associations in the database share, in one read-only snapshot. Row-level security decides
/// what is visible (an association's profiles only when it shares profiles, contacts only when it shares contacts);
/// the tier is checked again here, so a row the server would not show is never used either.
/// </summary>
internal sealed class PgFederationDirectory : IFederationDirectory
{
    private readonly PgDatabase _db;

    public PgFederationDirectory(PgDatabase db) => _db = db;

    public bool IsAvailable => true;

    public FederationSnapshot Read() => _db.Read(s =>
    {
        var associations = new Dictionary<long, FederationAssociation>();
        using (var command = s.Command("""
            SELECT f.association_id, a.name, f.tier, f.name, f.coordinator_person, f.coordinator_email, f.coordinator_phone
            FROM federation f JOIN associations a ON a.id = f.association_id
            WHERE f.association_id <> @a AND f.tier >= 1 ORDER BY a.name
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                associations[reader.GetInt64(0)] = new FederationAssociation(
                    reader.GetString(1),
                    reader.GetString(3),
                    PgFederation.Tier(reader.GetInt16(2)),
                    new ContactInfo(Text(reader, 4), Text(reader, 5), Text(reader, 6)));
            }
        }

        var profiles = new List<SharedProfile>();
        using (var command = s.Command("""
            SELECT p.association_id, c.person, c.email, c.phone, p.profile
            FROM shared_profiles p LEFT JOIN shared_contacts c ON c.association_id = p.association_id AND c.id = p.id
            WHERE p.association_id <> @a ORDER BY p.association_id, p.id
            """))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (!associations.TryGetValue(reader.GetInt64(0), out var association) || association.Sharing < FederationSharing.Profiles)
                {
                    continue;
                }

                var document = PgSession.Decode((byte[])reader[4]);
                var contacts = association.Sharing == FederationSharing.Contacts;
                document["person"] = BsonFields.Text(contacts ? Text(reader, 1) : null);
                document["email"] = BsonFields.Text(contacts ? Text(reader, 2) : null);
                document["phone"] = BsonFields.Text(contacts ? Text(reader, 3) : null);
                profiles.Add(new SharedProfile(association, BusinessMapper.Read(document)));
            }
        }

        var counts = new List<SharedCount>();
        using (var command = s.Command("SELECT association_id, industry, municipality, national, members FROM shared_counts WHERE association_id <> @a ORDER BY association_id, industry, municipality"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                if (associations.TryGetValue(reader.GetInt64(0), out var association) && association.Sharing == FederationSharing.Counts)
                {
                    counts.Add(new SharedCount(association, IndustryCode.Parse(reader.GetString(1)), MunicipalityCode.Parse(reader.GetString(2)), reader.GetBoolean(3), reader.GetInt32(4)));
                }
            }
        }

        return new FederationSnapshot(true, [.. associations.Values], profiles, counts);
    });

    private static string? Text(Npgsql.NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
