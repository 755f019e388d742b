using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.Postgres;

/// <summary>
/// Keeps what an association may share with its federation beside its records (schema step 3): every save of a
/// business writes its profile (the business without contact details, notes, business ID or kiosk fields) and its
/// contact details to separate rows, and the member counts per industry and municipality; saving the settings writes
/// the association's tier and coordinator. Row-level security lets other associations read these rows only as far as
/// the tier allows (see <see cref="PgSchema.FederationTables"/>), so nothing above the tier leaves the server.
/// </summary>
/// <remarks>
/// Rows are written whatever the tier, so changing the tier takes effect at once; saving settings that share
/// anything first writes them again for every member (members saved before step 3 existed have none yet). A change
/// that shares nothing new (notes, kiosk PINs and sign-ins) writes no shared row and counts nothing again.
/// </remarks>
internal static class PgFederation
{
    /// <summary>
    /// Writes (or, for an archived member, removes) the shared rows of one business document, unless they are the same
    /// as <paramref name="before"/> (what the document shared before the change; null for a new row). Returns true
    /// when the counts may have changed (<see cref="Recount"/> is then due).
    /// </summary>
    public static bool Publish(PgSession s, BsonDocument document, PgSharedState? before)
    {
        var id = document["_id"].AsInt64;
        var now = PgSharedState.Of(document);
        if (before is { } was && was.SameAs(now))
        {
            return false;
        }

        var recount = before is not { } old || old.Archived != now.Archived || old.Industry != now.Industry
            || old.Municipality != now.Municipality || old.National != now.National;
        if (now.Archived)
        {
            s.Execute("DELETE FROM shared_profiles WHERE association_id = @a AND id = @id", ("id", id));
            return recount;
        }

        // One round trip: the profile, then the contact details written or removed (a batch of two statements).
        var contact = now.Contact;
        var contactSql = contact == ContactInfo.None
            ? "DELETE FROM shared_contacts WHERE association_id = @a AND id = @id"
            : """
              INSERT INTO shared_contacts (association_id, id, person, email, phone) VALUES (@a, @id, @person, @email, @phone)
              ON CONFLICT (association_id, id) DO UPDATE SET person = EXCLUDED.person, email = EXCLUDED.email, phone = EXCLUDED.phone
              """;
        s.Execute(
            $"""
            INSERT INTO shared_profiles (association_id, id, industry, municipality, national, profile) VALUES (@a, @id, @i, @m, @n, @p)
            ON CONFLICT (association_id, id) DO UPDATE SET industry = EXCLUDED.industry, municipality = EXCLUDED.municipality,
                national = EXCLUDED.national, profile = EXCLUDED.profile;
            {contactSql}
            """,
            ("id", id),
            ("i", now.Industry),
            ("m", now.Municipality),
            ("n", now.National),
            ("p", now.Profile),
            ("person", contact.Person),
            ("email", contact.Email),
            ("phone", contact.Phone));
        return recount;
    }

    /// <summary>Counts the association's shared members again per industry, municipality and national reach.</summary>
    public static void Recount(PgSession s)
    {
        s.Execute("""
            DELETE FROM shared_counts WHERE association_id = @a;
            INSERT INTO shared_counts (association_id, industry, municipality, national, members)
            SELECT association_id, industry, municipality, national, count(*) FROM shared_profiles WHERE association_id = @a
            GROUP BY association_id, industry, municipality, national
            """);
    }

    /// <summary>Writes the association's tier, name and coordinator from its settings document.</summary>
    public static void SaveCard(PgSession s, BsonDocument settingsDocument)
    {
        var settings = AssociationMapper.Read(settingsDocument);
        s.Execute(
            """
            INSERT INTO federation (association_id, tier, name, coordinator_person, coordinator_email, coordinator_phone)
            VALUES (@a, @tier, @name, @person, @email, @phone)
            ON CONFLICT (association_id) DO UPDATE SET tier = EXCLUDED.tier, name = EXCLUDED.name,
                coordinator_person = EXCLUDED.coordinator_person, coordinator_email = EXCLUDED.coordinator_email,
                coordinator_phone = EXCLUDED.coordinator_phone
            """,
            ("tier", (short)settings.FederationSharing),
            ("name", settings.Name),
            ("person", settings.Coordinator.Person),
            ("email", settings.Coordinator.Email),
            ("phone", settings.Coordinator.Phone));
    }

    /// <summary>Writes the shared rows of every member again, then the counts.</summary>
    public static void Republish(PgSession s)
    {
        foreach (var (_, document) in s.Documents("SELECT document FROM businesses WHERE association_id = @a"))
        {
            Publish(s, document, null);
        }

        Recount(s);
    }

    /// <summary>
    /// When the association shares anything: each problem where what is shared differs from the records (a member's
    /// profile or contact row missing, stale or left after archiving, or counts that do not add up), in words.
    /// </summary>
    public static IEnumerable<string> Check(PgSession s)
    {
        var settings = AssociationMapper.Read(PgAssociationRepository.Document(s));
        var card = s.Scalar<long>("SELECT count(*) FROM federation WHERE association_id = @a AND tier = @t", ("t", (short)settings.FederationSharing));
        if (settings.FederationSharing != FederationSharing.None && card != 1)
        {
            yield return $"The federation is not told that the association shares {settings.FederationSharing.ToString().ToLowerInvariant()}; save the settings again.";
        }

        if (settings.FederationSharing == FederationSharing.None)
        {
            yield break;
        }

        var profiles = new Dictionary<long, byte[]>();
        using (var command = s.Command("SELECT id, profile FROM shared_profiles WHERE association_id = @a"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                profiles[reader.GetInt64(0)] = (byte[])reader[1];
            }
        }

        var contacts = s.Scalar<long>("SELECT count(*) FROM shared_contacts WHERE association_id = @a");
        var expectedContacts = 0;
        foreach (var (_, document) in s.Documents("SELECT document FROM businesses WHERE association_id = @a ORDER BY id"))
        {
            var id = document["_id"].AsInt64;
            var state = PgSharedState.Of(document);
            var found = profiles.Remove(id, out var stored);
            if (!state.Archived && state.Contact != ContactInfo.None)
            {
                expectedContacts++;
            }

            if (state.Archived ? found : !found || !stored!.AsSpan().SequenceEqual(state.Profile))
            {
                yield return $"What business id {id} shares with the federation differs from its record; save the settings again to share it anew.";
            }
        }

        if (profiles.Count > 0 || contacts != expectedContacts)
        {
            yield return "The federation's shared rows include members that are not active here; save the settings again to share them anew.";
        }

        var counted = s.Scalar<long>("SELECT coalesce(sum(members), 0) FROM shared_counts WHERE association_id = @a");
        var active = s.Scalar<long>("SELECT count(*) FROM shared_profiles WHERE association_id = @a");
        if (counted != active)
        {
            yield return $"The federation is told of {counted} members but {active} are shared; save the settings again to count them anew.";
        }
    }

    /// <summary>What a profile holds: the business with its contact details, notes and business ID left out.</summary>
    public static Business Profile(Business b)
        => new(b.Id, b.Name, null, b.Industry, b.Offerings, b.Municipality, b.Catchment, b.CustomerType, ContactInfo.None, null, false, b.Audience, b.Channels);

    /// <summary>The tier as stored in <c>federation.tier</c>.</summary>
    public static FederationSharing Tier(short value)
        => Enum.IsDefined((FederationSharing)value) ? (FederationSharing)value : FederationSharing.None;
}
