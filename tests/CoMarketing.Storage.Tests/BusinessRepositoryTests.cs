using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests;

public sealed class BusinessRepositoryTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_Business_With_Audience_Channels_And_Catchment_Should_Equal_Itself_After_Reload()
    {
        // Given
        var store = _temp.Open();
        var original = Samples.Cafe();

        // When
        var saved = store.Businesses.Add(original, Actor.Coordinator);
        var reloaded = _temp.Open().Businesses.Get(saved.Id);

        // Then
        saved.Id.ShouldBeGreaterThan(0);
        reloaded.ShouldNotBeNull();
        reloaded.ShouldBe(original.WithId(saved.Id));
        reloaded.Channels.Select(c => c.Name).ShouldBe(["@kahvila", "Lapin Kansa"]);
        reloaded.Audience.Months.ToString().ShouldBe("1|2|6|7|8|11|12");
    }

    [Fact]
    public void Update_Should_Replace_Every_Field_And_Child_Row()
    {
        // Given
        var store = _temp.Open();
        var saved = store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var changed = Samples.Plain("Uusi nimi").WithId(saved.Id);

        // When
        store.Businesses.Update(changed, Actor.Member(saved.Id));

        // Then
        store.Businesses.Get(saved.Id).ShouldBe(changed);
    }

    [Fact]
    public void Update_Of_A_Missing_Business_Should_Be_Refused_In_Words()
    {
        var store = _temp.Open();
        Should.Throw<DomainException>(() => store.Businesses.Update(Samples.Plain("X").WithId(42), Actor.Coordinator))
            .Message.ShouldContain("no business with id 42");
        store.Audit.Count().ShouldBe(0);
    }

    [Fact]
    public void Archived_Businesses_Should_Be_Listed_Only_When_Asked()
    {
        // Given
        var store = _temp.Open();
        var kept = store.Businesses.Add(Samples.Plain("Kept"), Actor.Coordinator);
        var gone = store.Businesses.Add(Samples.Plain("Gone"), Actor.Coordinator);

        // When
        store.Businesses.Archive(gone.Id, Actor.Coordinator);

        // Then
        store.Businesses.GetAll().Select(b => b.Id).ShouldBe([kept.Id]);
        store.Businesses.GetAll(includeArchived: true).Count.ShouldBe(2);
        store.Businesses.Get(gone.Id)!.Archived.ShouldBeTrue();
        store.Businesses.Count().ShouldBe(1);
    }

    [Fact]
    public void GetAll_Should_Order_By_Name_Ignoring_Case()
    {
        var store = _temp.Open();
        store.Businesses.AddRange([Samples.Plain("beta"), Samples.Plain("Alfa"), Samples.Plain("Gamma")], Actor.CommandLine);
        store.Businesses.GetAll().Select(b => b.Name).ShouldBe(["Alfa", "beta", "Gamma"]);
    }

    [Theory]
    [InlineData("kahvila äänekäs", new[] { "Kahvila Äänekäs" })]
    [InlineData("KAHVILA", new[] { "Kahvila", })]
    [InlineData("ahvi", new[] { "Kahvila", "Kahvila Äänekäs", "Kahvila Äänekäs 2" })]
    [InlineData("äänekäs", new[] { "Kahvila Äänekäs", "Kahvila Äänekäs 2" })]
    [InlineData("pizzeria", new string[0])]
    [InlineData("  ", new string[0])]
    public void FindByName_Should_Prefer_An_Exact_Name_Else_Names_Containing_The_Text(string text, string[] expected)
    {
        // Given
        var store = _temp.Open();
        store.Businesses.AddRange([Samples.Plain("Kahvila Äänekäs"), Samples.Plain("Kahvila Äänekäs 2"), Samples.Plain("Kahvila"), Samples.Plain("Kirjakauppa")], Actor.CommandLine);

        // When
        var found = store.Businesses.FindByName(text);

        // Then
        found.Select(b => b.Name).ShouldBe(expected);
    }

    [Fact]
    public void A_Business_Id_Already_Registered_Should_Be_Refused_In_Words()
    {
        var store = _temp.Open();
        store.Businesses.Add(Samples.Cafe("Ensimmäinen"), Actor.Coordinator);
        Should.Throw<DomainException>(() => store.Businesses.Add(Samples.Cafe("Toinen"), Actor.Coordinator))
            .Message.ShouldBe("Business ID 2077474-0 is already registered to 'Ensimmäinen'.");
    }

    [Fact]
    public void AddRange_Should_Save_All_In_One_Change_With_One_Audit_Entry()
    {
        // Given
        var store = _temp.Open();
        var many = Enumerable.Range(1, 250).Select(i => Samples.Plain($"Yritys {i:000}")).ToList();

        // When
        var saved = store.Businesses.AddRange(many, Actor.CommandLine);

        // Then
        saved.Select(b => b.Id).Distinct().Count().ShouldBe(250);
        store.Businesses.Count().ShouldBe(250);
        var audit = store.Audit.Recent();
        audit.Count.ShouldBe(1);
        audit[0].Action.ShouldBe("business.import");
        audit[0].Details.ShouldBe("Imported 250 businesses.");
    }
}
