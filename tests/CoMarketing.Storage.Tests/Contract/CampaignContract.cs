using System.Text.Json;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests.Contract;

/// <summary>What every provider guarantees about campaigns: whole round trips, unique names, existing participants.</summary>
public abstract class CampaignContract : StoreContract
{
    [Fact]
    public void A_Campaign_Should_Come_Back_Whole_With_Its_Items_Plan_And_Results()
    {
        var (a, b) = TwoBusinesses();
        var saved = Store.Campaigns.Add(Samples.Campaign(a, b), Actor.Coordinator);
        var read = Reopen().Campaigns.Get(saved.Id)!;
        JsonSerializer.Serialize(read).ShouldBe(JsonSerializer.Serialize(saved));
        read.CostItems.Select(i => i.Net.Cents).ShouldBe([120000, 9501, 30000, -5000]);
        read.CostItems[2].Percents[a].ShouldBe(40.25m);
        read.Participants.ShouldBe([b, a]);
        read.Plan.Select(p => p.Date).ShouldBe([new DateOnly(2027, 11, 25), new DateOnly(2027, 12, 1)]);
        read.Results.ShouldBe(saved.Results);
        Store.Campaigns.Count().ShouldBe(1);
    }

    [Theory]
    [InlineData("joulu yhdessä")]
    [InlineData("  JOULU YHDESSÄ  ")]
    public void A_Second_Campaign_With_The_Same_Name_Ignoring_Case_Should_Be_Refused(string name)
    {
        var (a, b) = TwoBusinesses();
        Store.Campaigns.Add(Samples.Campaign(a, b), Actor.Coordinator);
        Should.Throw<DomainException>(() => Store.Campaigns.Add(Renamed(Samples.Campaign(a, b), name), Actor.Coordinator))
            .Message.ShouldContain("A campaign named 'Joulu yhdessä' already exists");
        Store.Campaigns.Count().ShouldBe(1);
    }

    [Fact]
    public void Renaming_A_Campaign_Onto_Another_Should_Be_Refused_And_Change_Nothing()
    {
        var (a, b) = TwoBusinesses();
        var first = Store.Campaigns.Add(Samples.Campaign(a, b), Actor.Coordinator);
        var second = Store.Campaigns.Add(Renamed(Samples.Campaign(a, b), "Kevät"), Actor.Coordinator);
        Should.Throw<DomainException>(() => Store.Campaigns.Update(Renamed(second, "JOULU yhdessä"), Actor.Coordinator));
        Store.Campaigns.Update(Renamed(first, "Joulu Yhdessä"), Actor.Coordinator);
        Store.Campaigns.Get(second.Id)!.Name.ShouldBe("Kevät");
        Store.Campaigns.Get(first.Id)!.Name.ShouldBe("Joulu Yhdessä");
    }

    [Fact]
    public void A_Campaign_Naming_A_Business_That_Does_Not_Exist_Should_Be_Refused()
    {
        var (a, _) = TwoBusinesses();
        Should.Throw<DomainException>(() => Store.Campaigns.Add(Samples.Campaign(a, 999), Actor.Coordinator))
            .Message.ShouldBe("Campaign 'Joulu yhdessä' lists business 999, which does not exist.");
        Store.Campaigns.Count().ShouldBe(0);
        Store.Audit.Count().ShouldBe(2);
    }

    [Fact]
    public void Updating_A_Missing_Campaign_Should_Be_Refused()
    {
        var (a, b) = TwoBusinesses();
        Should.Throw<DomainException>(() => Store.Campaigns.Update(Renamed(Samples.Campaign(a, b), "X", 77), Actor.Coordinator))
            .Message.ShouldBe("There is no campaign with id 77 to update.");
    }

    [Fact]
    public void Campaigns_Should_Be_Listed_By_Start_Date()
    {
        var (a, b) = TwoBusinesses();
        var late = Store.Campaigns.Add(Samples.Campaign(a, b), Actor.Coordinator);
        var early = Store.Campaigns.Add(Moved(Samples.Campaign(a, b), "Kevät", new DateOnly(2027, 3, 1)), Actor.Coordinator);
        Store.Campaigns.GetAll().Select(c => c.Id).ShouldBe([early.Id, late.Id]);
    }

    private (long A, long B) TwoBusinesses()
        => (Store.Businesses.Add(Samples.Cafe(), Actor.Coordinator).Id, Store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator).Id);

    private static Campaign Renamed(Campaign c, string name, long? id = null)
        => new(id ?? c.Id, name, c.Goal, c.Start, c.End, c.Status, c.Participants, c.CostItems, c.Plan, c.Results);

    private static Campaign Moved(Campaign c, string name, DateOnly start)
        => new(c.Id, name, c.Goal, start, start.AddDays(30), c.Status, c.Participants, c.CostItems, [], c.Results);
}
