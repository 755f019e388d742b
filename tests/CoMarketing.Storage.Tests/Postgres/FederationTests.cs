using CoMarketing.Core.Association;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Federation;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using CoMarketing.Core.Matching;
using CoMarketing.Storage.Postgres;
using CoMarketing.Storage.Tests.Contract.Postgres;
using CoMarketing.Storage.Tests.Infrastructure;
using Npgsql;

namespace CoMarketing.Storage.Tests.Postgres;

/// <summary>
/// Four associations on one server: A shares profiles, B profiles with contacts, C nothing, D counts only. Each is
/// seen by the others exactly as far as it shares, and row-level security still hides their records.
/// </summary>
public sealed class FederationTests : IDisposable
{
    private readonly FixedClock _clock = new(new DateTimeOffset(2027, 3, 14, 10, 30, 0, TimeSpan.Zero));
    private readonly NpgsqlDataSource _raw = NpgsqlDataSource.Create(PostgresServer.Target.Settings);
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];
    private readonly (PgStore Store, string Key) _a;
    private readonly (PgStore Store, string Key) _b;
    private readonly (PgStore Store, string Key) _c;
    private readonly (PgStore Store, string Key) _d;
    private readonly Business _cafe;
    private readonly Business _hotel;
    private readonly Business _safari;
    private readonly Business _books;

    public FederationTests()
    {
        _a = Open(FederationSharing.Profiles);
        _b = Open(FederationSharing.Contacts);
        _c = Open(FederationSharing.None);
        _d = Open(FederationSharing.Counts);
        _cafe = _a.Store.Businesses.Add(Member("Kahvila", "56101", "kahvi", "2077474-0"), Actor.Coordinator);
        _hotel = _a.Store.Businesses.Add(Member("Hotelli", "55101", "majoitus"), Actor.Coordinator);
        _safari = _b.Store.Businesses.Add(Member("Safarit", "93299", "safarit"), Actor.Coordinator);
        _books = _c.Store.Businesses.Add(Member("Kirjakauppa", "47610", "kirjat"), Actor.Coordinator);
        _d.Store.Businesses.Add(Member("Kukkakauppa", "47761", "kukat"), Actor.Coordinator);
        _d.Store.Businesses.Add(Member("Lelukauppa", "47650", "lelut"), Actor.Coordinator);
        var gone = _d.Store.Businesses.Add(Member("Suljettu", "47190", "sekalaista"), Actor.Coordinator);
        _d.Store.Businesses.Archive(gone.Id, Actor.Coordinator);
    }

    public void Dispose()
    {
        foreach (var (store, _) in new[] { _a, _b, _c, _d })
        {
            // Nothing of this test stays shared on the server for later runs.
            store.Association.Update(store.Association.Get() with { FederationSharing = FederationSharing.None }, Actor.Coordinator);
            store.Dispose();
        }

        _raw.Dispose();
    }

    [Fact]
    public void A_Match_Should_Rank_Its_Own_Members_And_Shared_Profiles_With_Contacts_Only_Where_Shared()
    {
        // When
        var matcher = new FederatedMatcher(_a.Store.Businesses.GetAll(includeArchived: true), [], MatchSettings.From(_a.Store.Association.Get()), _a.Store.Federation.Read());
        var found = matcher.FindPartners(_cafe.Id, 10_000, new MatchTextOptions(Language.English));

        // Then: the hotel from home, the safari firm from B with its contact and B's coordinator
        found.ShouldContain(m => m.Shared == null && m.Match.Partner.Id == _hotel.Id);
        var safari = found.Single(m => m.Shared != null && m.Shared.Association.Key == _b.Key);
        safari.Match.Partner.Id.ShouldBe(_safari.Id);
        safari.Match.Partner.Name.ShouldBe(_safari.Name);
        safari.Match.Partner.Contact.ShouldBe(_safari.Contact);
        safari.Shared!.Association.Coordinator.Email.ShouldBe($"coordinator@{_b.Key}.fi");
        safari.Match.Reasons.ShouldNotBeEmpty();

        // Nothing of C, and D only as counts: two active members (the archived one not counted)
        found.ShouldNotContain(m => m.Shared != null && (m.Shared.Association.Key == _c.Key || m.Shared.Association.Key == _d.Key));
        matcher.CountHints(_cafe).ShouldContain(h => h.Association.Key == _d.Key && h.Members == 2);
        matcher.CountHints(_cafe).ShouldNotContain(h => h.Association.Key == _c.Key || h.Association.Key == _b.Key);
    }

    [Fact]
    public void Profiles_Without_Contacts_Should_Never_Carry_Contact_Details_Off_The_Server()
    {
        // When: B reads the federation
        var seen = _b.Store.Federation.Read();

        // Then: A's members without contact details, notes or business ID
        var fromA = seen.Profiles.Where(p => p.Association.Key == _a.Key).ToList();
        fromA.Select(p => p.Business.Name).Order(StringComparer.Ordinal).ShouldBe([_hotel.Name, _cafe.Name]);
        fromA.ShouldAllBe(p => p.Business.Contact == ContactInfo.None && p.Business.Notes == null && p.Business.BusinessId == null);

        // and on the wire: A's contacts are stored, but a connection keyed to B reads none of them
        Scalar<long>(_a.Store.AssociationId, $"SELECT count(*) FROM shared_contacts WHERE association_id = {_a.Store.AssociationId}").ShouldBe(2);
        Scalar<long>(_b.Store.AssociationId, $"SELECT count(*) FROM shared_contacts WHERE association_id = {_a.Store.AssociationId}").ShouldBe(0);
        Scalar<long>(_b.Store.AssociationId, $"SELECT count(*) FROM shared_profiles WHERE association_id = {_a.Store.AssociationId} AND position(convert_to('{_cafe.Contact.Email}', 'UTF8') in profile) > 0").ShouldBe(0);
        Scalar<long>(_b.Store.AssociationId, $"SELECT count(*) FROM shared_profiles WHERE association_id = {_a.Store.AssociationId}").ShouldBe(2);
    }

    [Fact]
    public void An_Association_That_Shares_Nothing_Should_Not_Appear_And_Row_Level_Security_Should_Still_Hold()
    {
        var seen = _a.Store.Federation.Read();
        seen.Associations.ShouldNotContain(x => x.Key == _c.Key);
        seen.Profiles.ShouldNotContain(p => p.Business.Name == _books.Name);

        foreach (var table in new[] { "federation", "shared_profiles", "shared_contacts", "shared_counts", "businesses", "settings" })
        {
            Scalar<long>(_a.Store.AssociationId, $"SELECT count(*) FROM {table} WHERE association_id = {_c.Store.AssociationId}").ShouldBe(0, table);
        }

        // C's own connection reads none of A's records (only what A shares), and writes nothing of A's
        Scalar<long>(_c.Store.AssociationId, $"SELECT count(*) FROM businesses WHERE association_id = {_a.Store.AssociationId}").ShouldBe(0);
        Scalar<long>(_c.Store.AssociationId, $"SELECT count(*) FROM settings WHERE association_id = {_a.Store.AssociationId}").ShouldBe(0);
        Scalar<long>(_c.Store.AssociationId, $"WITH changed AS (UPDATE federation SET tier = 3 WHERE association_id = {_a.Store.AssociationId} RETURNING 1) SELECT count(*) FROM changed").ShouldBe(0);
        Scalar<long>(_c.Store.AssociationId, $"WITH gone AS (DELETE FROM shared_profiles WHERE association_id = {_a.Store.AssociationId} RETURNING 1) SELECT count(*) FROM gone").ShouldBe(0);
        Should.Throw<PostgresException>(() => Scalar<long>(_c.Store.AssociationId, $"WITH added AS (INSERT INTO shared_counts VALUES ({_a.Store.AssociationId}, '56101', '698', false, 99) RETURNING 1) SELECT count(*) FROM added"))
            .SqlState.ShouldBe("42501");
    }

    [Fact]
    public void Counts_Only_Should_Show_Counts_And_No_Profile()
    {
        Scalar<long>(_a.Store.AssociationId, $"SELECT count(*) FROM shared_profiles WHERE association_id = {_d.Store.AssociationId}").ShouldBe(0);
        Scalar<long>(_a.Store.AssociationId, $"SELECT coalesce(sum(members), 0) FROM shared_counts WHERE association_id = {_d.Store.AssociationId}").ShouldBe(2);

        var seen = _a.Store.Federation.Read();
        seen.Counts.Where(c => c.Association.Key == _d.Key).Sum(c => c.Members).ShouldBe(2);
        seen.Counts.ShouldNotContain(c => c.Association.Key == _a.Key || c.Association.Key == _b.Key);
    }

    [Fact]
    public void Changing_The_Tier_Should_Take_Effect_At_Once_And_Publish_Members_Saved_Before()
    {
        // Given: A's shared rows lost, as for members saved before the federation tables existed, and A sharing nothing
        Commit(_a.Store.AssociationId, $"DELETE FROM shared_profiles WHERE association_id = {_a.Store.AssociationId}").ShouldBe(2);
        _b.Store.Federation.Read().Profiles.ShouldNotContain(p => p.Association.Key == _a.Key);
        _a.Store.Association.Update(_a.Store.Association.Get() with { FederationSharing = FederationSharing.None }, Actor.Coordinator);
        _b.Store.Federation.Read().Associations.ShouldNotContain(x => x.Key == _a.Key);

        // When
        _a.Store.Association.Update(_a.Store.Association.Get() with { FederationSharing = FederationSharing.Contacts }, Actor.Coordinator);

        // Then
        var fromA = _b.Store.Federation.Read().Profiles.Where(p => p.Association.Key == _a.Key).ToList();
        fromA.Count.ShouldBe(2);
        fromA.Single(p => p.Business.Id == _cafe.Id).Business.Contact.ShouldBe(_cafe.Contact);
    }

    [Fact]
    public void An_Archived_Or_Renamed_Member_Should_Be_Shared_As_It_Is_Now()
    {
        _b.Store.Businesses.Update(Renamed(_b.Store.Businesses.Get(_safari.Id)!, $"Revontulisafarit {_run}"), Actor.Coordinator);
        _a.Store.Federation.Read().Profiles.Single(p => p.Association.Key == _b.Key).Business.Name.ShouldBe($"Revontulisafarit {_run}");

        _b.Store.Businesses.Archive(_safari.Id, Actor.Coordinator);
        _a.Store.Federation.Read().Profiles.ShouldNotContain(p => p.Association.Key == _b.Key);
    }

    [Fact]
    public void A_Change_Of_Contact_Should_Be_Shared_And_A_Change_Of_Notes_Should_Write_No_Shared_Row()
    {
        // Given
        var row = $"SELECT xmin::text FROM shared_profiles WHERE association_id = {_b.Store.AssociationId} AND id = {_safari.Id}";
        var before = Scalar<string>(_b.Store.AssociationId, row);

        // When: the notes change (never shared), then the e-mail
        _b.Store.Businesses.Update(With(_b.Store.Businesses.Get(_safari.Id)!, _safari.Contact, "Uusi muistiinpano"), Actor.Coordinator);
        var afterNotes = Scalar<string>(_b.Store.AssociationId, row);
        var moved = new ContactInfo("Safarit Omistaja", $"uusi-{_run}@example.fi", null);
        _b.Store.Businesses.Update(With(_b.Store.Businesses.Get(_safari.Id)!, moved, "Uusi muistiinpano"), Actor.Coordinator);

        // Then
        afterNotes.ShouldBe(before);
        _a.Store.Federation.Read().Profiles.Single(p => p.Association.Key == _b.Key).Business.Contact.ShouldBe(moved);
    }

    [Fact]
    public void Check_Should_Find_A_Shared_Row_That_Differs_From_Its_Record_And_Saving_The_Settings_Should_Mend_It()
    {
        // Given
        foreach (var (store, _) in new[] { _a, _b, _c, _d })
        {
            store.Check().ShouldBeEmpty();
        }

        // When: B's shared profile no longer matches the member's record
        Commit(_b.Store.AssociationId, $"UPDATE shared_profiles SET profile = '\\x00' WHERE association_id = {_b.Store.AssociationId}").ShouldBe(1);

        // Then
        _b.Store.Check().ShouldBe([$"What business id {_safari.Id} shares with the federation differs from its record; save the settings again to share it anew."]);
        _b.Store.Association.Update(_b.Store.Association.Get(), Actor.Coordinator);
        _b.Store.Check().ShouldBeEmpty();
    }

    private (PgStore Store, string Key) Open(FederationSharing tier)
    {
        var target = PostgresServer.NewAssociation();
        var store = PgStore.Open(target, _clock);
        var key = target.Association;
        store.Association.Update(
            new AssociationSettings($"Yhdistys {key}", "EUR", 25.5m, Language.Finnish, 60000, false, 3)
            {
                FederationSharing = tier,
                Coordinator = new ContactInfo("Koordinaattori", $"coordinator@{key}.fi", null),
            },
            Actor.Coordinator);
        return (store, key);
    }

    private static Business Renamed(Business b, string name)
        => new(b.Id, name, b.BusinessId, b.Industry, b.Offerings, b.Municipality, b.Catchment, b.CustomerType, b.Contact, b.Notes, b.Archived, b.Audience, b.Channels) { Version = b.Version };

    private static Business With(Business b, ContactInfo contact, string notes)
        => new(b.Id, b.Name, b.BusinessId, b.Industry, b.Offerings, b.Municipality, b.Catchment, b.CustomerType, contact, notes, b.Archived, b.Audience, b.Channels) { Version = b.Version };

    private Business Member(string name, string industry, string offering, string? businessId = null) => new(
        0,
        $"{name} {_run}",
        businessId is null ? null : BusinessId.Parse(businessId),
        IndustryCode.Parse(industry),
        [offering],
        MunicipalityCode.Parse("698"),
        null,
        CustomerType.Consumers,
        new ContactInfo($"{name} Omistaja", $"{name.ToLowerInvariant()}-{_run}@example.fi", "+358 40 111 2222"),
        "Yksityinen muistiinpano",
        false,
        new Audience(AgeDistribution.Parse("25-34:1|35-44:1"), [InterestTag.Parse("ruoka"), InterestTag.Parse("families")], [MunicipalityCode.Parse("698")], ActiveMonths.AllYear, 500, false),
        []);

    /// <summary>Runs one statement on a connection keyed to the association and commits it; returns the rows changed.</summary>
    private int Commit(long association, string sql)
    {
        using var connection = _raw.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var key = new NpgsqlCommand($"SELECT set_config('comarketing.association', '{association}', true)", connection, transaction))
        {
            key.ExecuteNonQuery();
        }

        using var command = new NpgsqlCommand(sql, connection, transaction);
        var changed = command.ExecuteNonQuery();
        transaction.Commit();
        return changed;
    }

    /// <summary>Runs one query on a connection keyed to the association (or none) and rolls back whatever it did.</summary>
    private T Scalar<T>(long association, string sql)
    {
        using var connection = _raw.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var key = new NpgsqlCommand($"SELECT set_config('comarketing.association', '{association}', true)", connection, transaction))
        {
            key.ExecuteNonQuery();
        }

        using var command = new NpgsqlCommand(sql, connection, transaction);
        return (T)command.ExecuteScalar()!;
    }
}
