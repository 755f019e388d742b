using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Kiosk;
using CoMarketing.Storage.Conversion.Sqlite;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests.Conversion;

/// <summary>Files of the earlier SQLite format (schema versions 1–4, made with the SQLite store kept for conversion).</summary>
public sealed class SqliteConversionTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_File_Of_Every_Earlier_Sqlite_Version_Should_Be_Converted_Once_With_Every_Row(int version)
    {
        // Given: an SQLite file of that version with businesses, a campaign, a pair mark and their audit entries
        var old = SqliteStore.Open(_temp.Path1, _temp.Clock, version);
        var cafe = old.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var shop = old.Businesses.Add(Samples.Plain("Kauppa"), Actor.Coordinator);
        old.Businesses.Archive(shop.Id, Actor.Coordinator);
        var campaign = old.Campaigns.Add(Samples.Campaign(cafe.Id, shop.Id), Actor.Coordinator);
        old.PairPreferences.Set(new PairPreference(cafe.Id, shop.Id, PairPreferenceKind.NeverPair), Actor.Member(cafe.Id));
        var audit = old.Audit.Recent();

        // When
        var store = _temp.Open();

        // Then
        store.Businesses.GetAll(includeArchived: true).Select(b => (b.Id, b.Name, b.Archived)).ShouldBe([(cafe.Id, cafe.Name, false), (shop.Id, shop.Name, true)]);
        store.Businesses.Get(cafe.Id).ShouldBe(cafe);
        System.Text.Json.JsonSerializer.Serialize(store.Campaigns.Get(campaign.Id)).ShouldBe(System.Text.Json.JsonSerializer.Serialize(campaign));
        store.PairPreferences.GetAll().ShouldBe([new PairPreference(cafe.Id, shop.Id, PairPreferenceKind.NeverPair)]);
        store.Audit.Recent().Skip(1).ShouldBe(audit);
        store.Audit.Recent(1).Single().Action.ShouldBe("database.convert");
        File.Exists(_temp.Path1 + ".sqlite.bak").ShouldBeTrue();
        store.Check().ShouldBeEmpty();
        store.ConversionNote()!.ShouldContain($"schema version {version}): 2 businesses, 1 campaigns, 1 pair marks");
        _temp.Open().Audit.Count().ShouldBe(audit.Count + 1);
    }

    [Fact]
    public void Pin_Hashes_Wrong_Pin_Records_Drafts_And_The_Budget_Should_Be_Carried_Over()
    {
        // Given
        var old = SqliteStore.Open(_temp.Path1, _temp.Clock);
        var cafe = old.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var hash = new PinHasher(PinHasher.MinimumIterations).Hash(Pin.Parse("4826"));
        var locked = new SignInAttempts(3, _temp.Clock.GetUtcNow(), _temp.Clock.GetUtcNow().AddMinutes(15));
        old.Kiosk.SetPin(Actor.Member(cafe.Id), hash, Actor.Coordinator);
        old.Kiosk.SetPin(Actor.Coordinator, hash, Actor.Coordinator);
        old.Kiosk.RecordFailure(Actor.Member(cafe.Id), _ => locked);
        old.Kiosk.SaveDraft(cafe.Id, "editor", "{\"name\":\"Kahvila Ää\"}", _temp.Clock.GetUtcNow());
        old.Budget.Save(new Core.Budget.BudgetPlan(new DateOnly(2027, 1, 1), [new Core.Finance.Money(500_00), new Core.Finance.Money(12)]), Actor.Coordinator);

        // When
        var store = _temp.Open();

        // Then
        store.Kiosk.GetCredentials(Actor.Member(cafe.Id)).ShouldBe(new Storage.Kiosk.KioskCredentials($"business '{cafe.Name}' (id {cafe.Id})", hash, locked));
        store.Kiosk.GetCredentials(Actor.Coordinator)!.Pin.ShouldBe(hash);
        store.Kiosk.LoadDraft(cafe.Id, "editor")!.Content.ShouldBe("{\"name\":\"Kahvila Ää\"}");
        store.Budget.Get()!.Monthly.Select(m => m.Cents).ShouldBe([500_00, 12]);
        store.ConversionNote()!.ShouldContain("2 PIN hashes, 1 drafts, 2 budget months");
    }

    [Fact]
    public void Businesses_Sharing_A_Name_Should_Be_Kept_With_A_Number_Added()
    {
        // Given: the SQLite store did not make names unique
        var old = SqliteStore.Open(_temp.Path1, _temp.Clock);
        old.Businesses.Add(Samples.Plain("Kahvila"), Actor.Coordinator);
        var second = old.Businesses.Add(Samples.Plain("KAHVILA"), Actor.Coordinator);

        // When
        var store = _temp.Open();

        // Then
        store.Businesses.Get(second.Id)!.Name.ShouldBe("KAHVILA (2)");
        store.Check().ShouldBeEmpty();
    }

    [Fact]
    public void A_File_With_Rows_The_Domain_Refuses_Should_Be_Left_As_It_Was()
    {
        // Given
        var old = SqliteStore.Open(_temp.Path1, _temp.Clock);
        old.Businesses.Add(Samples.Plain("Kahvila"), Actor.Coordinator);
        using (var connection = SqliteDatabase.OpenFile(_temp.Path1))
        {
            RawSql.Execute(connection, "UPDATE businesses SET industry = 'abc'");
        }

        var before = File.ReadAllBytes(_temp.Path1);

        // When
        var error = Should.Throw<Core.Common.DomainException>(() => _temp.Open());

        // Then
        error.Message.ShouldContain("Industry code");
        File.ReadAllBytes(_temp.Path1).ShouldBe(before);
        File.Exists(_temp.Path1 + ".sqlite.bak").ShouldBeFalse();
        Directory.GetFiles(Path.GetDirectoryName(_temp.Path1)!).Select(Path.GetFileName).ShouldBe(["comarketing.db"], ignoreOrder: true);
    }

    [Fact]
    public void An_Old_Sqlite_Backup_Should_Be_Restorable()
    {
        // Given
        var oldPath = _temp.File("old-backup.db");
        var old = SqliteStore.Open(oldPath, _temp.Clock, 3);
        var cafe = old.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var store = _temp.Open();
        store.Businesses.Add(Samples.Plain("Uusi"), Actor.Coordinator);

        // When
        store.Restore(oldPath, Actor.Coordinator);

        // Then
        store.Businesses.GetAll().ShouldBe([cafe]);
        store.Check().ShouldBeEmpty();
        File.Exists(oldPath + ".sqlite.bak").ShouldBeFalse();
    }
}
