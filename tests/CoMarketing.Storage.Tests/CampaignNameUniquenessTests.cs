using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests;

/// <summary>Two campaigns never share a name (ignoring case and Unicode form), so show and export by name always work.</summary>
public sealed class CampaignNameUniquenessTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("Kevään kaupunkipäivät", "KEVÄÄN KAUPUNKIPÄIVÄT")]
    [InlineData("Kevään kaupunkipäivät", "Keva\u0308a\u0308n  kaupunkipäivät")]
    [InlineData("Kevään kaupunkipäivät", "Kevään\u200B kaupunkipäivät")]
    public void Add_Should_Refuse_A_Second_Campaign_With_The_Same_Name(string first, string second)
    {
        // Given
        var store = _temp.Open();
        var a = store.Businesses.Add(Samples.Plain("A"), Actor.Coordinator);
        var b = store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator);
        store.Campaigns.Add(Named(Samples.Campaign(a.Id, b.Id), first), Actor.Coordinator);
        var audits = store.Audit.Count();

        // When
        var act = () => store.Campaigns.Add(Named(Samples.Campaign(a.Id, b.Id), second), Actor.Coordinator);

        // Then
        act.ShouldThrow<DomainException>().Message.ShouldContain("already exists");
        store.Campaigns.GetAll().Count.ShouldBe(1);
        store.Audit.Count().ShouldBe(audits);
    }

    [Fact]
    public void Update_Should_Refuse_Renaming_Onto_Another_Campaign_But_Allow_Keeping_Its_Own_Name()
    {
        // Given
        var store = _temp.Open();
        var a = store.Businesses.Add(Samples.Plain("A"), Actor.Coordinator);
        var b = store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator);
        var first = store.Campaigns.Add(Named(Samples.Campaign(a.Id, b.Id), "Talvi"), Actor.Coordinator);
        var second = store.Campaigns.Add(Named(Samples.Campaign(a.Id, b.Id), "Kesä"), Actor.Coordinator);

        // When / Then
        Should.Throw<DomainException>(() => store.Campaigns.Update(Named(second, "talvi"), Actor.Coordinator));
        store.Campaigns.Update(Named(first, "TALVI"), Actor.Coordinator);
        store.Campaigns.Get(first.Id)!.Name.ShouldBe("TALVI");
        store.Campaigns.Get(second.Id)!.Name.ShouldBe("Kesä");
    }

    private static Campaign Named(Campaign c, string name)
        => new(c.Id, name, c.Goal, c.Start, c.End, c.Status, c.Participants, c.CostItems, c.Plan, c.Results);
}
