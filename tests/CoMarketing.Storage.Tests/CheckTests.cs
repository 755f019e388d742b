using CoMarketing.Core.Audit;
using CoMarketing.Storage.Tests.Infrastructure;
using LiteDB;

namespace CoMarketing.Storage.Tests;

public sealed class CheckTests : IDisposable
{
    private static readonly Dictionary<string, Action<string>> Damage = new()
    {
        ["ages"] = path => RawFile.EditDocument(path, "businesses", 1, d => d["ages"].AsArray[2] = d["ages"].AsArray[2].AsDouble + 0.1),
        ["negative age"] = path => RawFile.EditDocument(path, "businesses", 1, d => d["ages"].AsArray[0] = -0.5),
        ["net cents"] = path => RawFile.EditDocument(path, "campaigns", 1, d => d["items"].AsArray[0].AsDocument["netCents"] = 12.5),
        ["percent"] = path => RawFile.EditDocument(path, "campaigns", 1, d => d["items"].AsArray[0].AsDocument["vatBp"] = 25500),
        ["participant"] = path => RawFile.EditDocument(path, "campaigns", 1, d => d["participants"] = new BsonArray(d["participants"].AsArray.Where(p => p.AsInt64 != 1))),
        ["missing business"] = path => RawFile.Edit(path, db => db.GetCollection("businesses").Delete(2)),
        ["pin"] = path => RawFile.EditDocument(path, "businesses", 1, d => d["pin"] = new BsonDocument { ["hash"] = "not base64!", ["salt"] = "AAAAAAAAAAAAAAAAAAAAAA==", ["iterations"] = 600000 }),
        ["pair"] = path => RawFile.Edit(path, db => db.GetCollection("pairs").Insert(new BsonDocument { ["_id"] = "1:77", ["from"] = 1, ["to"] = 77, ["kind"] = "neverpair" })),
        ["industry"] = path => RawFile.EditDocument(path, "businesses", 2, d => d["industry"] = "abc"),
        ["name key"] = path => RawFile.EditDocument(path, "businesses", 2, d => d["name"] = "Renamed behind the store's back"),
        ["version"] = path => RawFile.Edit(path, db => db.UserVersion = -1),
    };

    private readonly TempDatabase _temp = new();

    public static TheoryData<string, string> Violations => new()
    {
        { "ages", "Business id 1 has age weights summing to 1.1 instead of 1." },
        { "negative age", "Business id 1 cannot be read: Age weight for 0–17 must be zero or more" },
        { "net cents", "Campaign id 1 holds an amount that is not a whole number of cents." },
        { "percent", "Campaign id 1 cannot be read: VAT rate must be between 0 and 100" },
        { "participant", "Campaign id 1 cannot be read:" },
        { "missing business", "Campaign id 1 refers to business 2, which does not exist." },
        { "pin", "Business id 1 has a malformed PIN hash" },
        { "pair", "Pair mark 1:77 refers to a business that does not exist." },
        { "industry", "Business id 2 cannot be read: Industry code must be a TOL 2008 class" },
        { "name key", "Business id 2 'Renamed behind the store's back' has a name key that does not match its name." },
        { "version", "has schema version -1; this program knows 1–" },
    };

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_Sound_Database_Should_Have_No_Problems()
    {
        var store = _temp.Open();
        var a = store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var b = store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator);
        store.Campaigns.Add(Samples.Campaign(a.Id, b.Id), Actor.Coordinator);
        store.Check().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Violations))]
    public void An_Injected_Violation_Should_Be_Reported_In_Words(string damage, string expected)
    {
        // Given
        var store = _temp.Open();
        var a = store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var b = store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator);
        store.Campaigns.Add(Samples.Campaign(a.Id, b.Id), Actor.Coordinator);
        Damage[damage](store.Path);

        // When
        var problems = store.Check();

        // Then
        problems.ShouldContain(p => p.Contains(expected, StringComparison.Ordinal), string.Join(Environment.NewLine, problems));
    }
}
