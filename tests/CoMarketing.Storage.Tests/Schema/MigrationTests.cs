using CoMarketing.Core.Audit;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests.Schema;

/// <summary>Every earlier LiteDB schema version is migrated forward, after a copy of the file is kept.</summary>
public sealed class MigrationTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public static TheoryData<int> EarlierVersions => [.. Enumerable.Range(1, Store.SchemaVersion - 1)];

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(EarlierVersions))]
    public void A_File_Of_Every_Earlier_Version_Should_Be_Copied_Then_Migrated_Keeping_Its_Data(int version)
    {
        // Given: a file of that version holding businesses and a campaign whose names clash ignoring case
        var old = Store.Open(_temp.Path1, _temp.Clock, version);
        var a = old.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var b = old.Businesses.Add(Samples.Plain("B"), Actor.Coordinator);
        old.Campaigns.Add(Samples.Campaign(a.Id, b.Id), Actor.Coordinator);
        RawFile.Edit(_temp.Path1, db =>
        {
            // Version 1 did not keep campaign names unique: a second one written as an older program could.
            var campaigns = db.GetCollection("campaigns");
            var copy = campaigns.FindById(1);
            copy["_id"] = 2;
            copy["name"] = "JOULU YHDESSÄ";
            campaigns.Insert(copy);
        });

        // When
        var store = _temp.Open();

        // Then
        RawFile.Read(_temp.Path1, db => db.UserVersion).ShouldBe(Store.SchemaVersion);
        RawFile.Read($"{_temp.Path1}.pre-v{version + 1}.bak", db => db.UserVersion).ShouldBe(version);
        store.Businesses.GetAll().Select(x => x.Id).ShouldBe([b.Id, a.Id]);
        store.Campaigns.Get(2)!.Name.ShouldBe("JOULU YHDESSÄ (2)");
        store.Check().ShouldBeEmpty();
        Should.Throw<Core.Common.DomainException>(() => store.Campaigns.Add(Samples.Campaign(a.Id, b.Id), Actor.Coordinator));
    }
}
