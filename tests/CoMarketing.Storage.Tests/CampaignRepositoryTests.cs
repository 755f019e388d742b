using System.Text.Json;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests;

public sealed class CampaignRepositoryTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_Campaign_With_Items_Plan_And_Results_Should_Read_Back_The_Same()
    {
        // Given
        var store = _temp.Open();
        var a = store.Businesses.Add(Samples.Plain("A"), Actor.Coordinator);
        var b = store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator);
        var campaign = Samples.Campaign(a.Id, b.Id);

        // When
        var saved = store.Campaigns.Add(campaign, Actor.Coordinator);
        var reloaded = _temp.Open().Campaigns.Get(saved.Id);

        // Then
        reloaded.ShouldNotBeNull();
        Deep(reloaded).ShouldBe(Deep(saved));
        reloaded.Participants.ShouldBe([b.Id, a.Id]);
        reloaded.CostItems.Select(i => i.Net.Cents).ShouldBe([120000, 9501, 30000, -5000]);
        reloaded.CostItems[1].Weights[a.Id].ShouldBe(2.5m);
        reloaded.CostItems[2].Percents[a.Id].ShouldBe(40.25m);
        reloaded.Goal.Target.ShouldBe(120.5m);
    }

    [Fact]
    public void Update_Should_Replace_Items_And_Status()
    {
        // Given
        var store = _temp.Open();
        var a = store.Businesses.Add(Samples.Plain("A"), Actor.Coordinator);
        var b = store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator);
        var saved = store.Campaigns.Add(Samples.Campaign(a.Id, b.Id), Actor.Coordinator);
        var finished = new Campaign(saved.Id, saved.Name, saved.Goal, saved.Start, saved.End, CampaignStatus.Finished, [a.Id], [saved.CostItems[0]], [], []);

        // When
        store.Campaigns.Update(finished, Actor.Coordinator);

        // Then
        Deep(store.Campaigns.Get(saved.Id)!).ShouldBe(Deep(finished with { Version = 2 }));
        store.Campaigns.GetAll().Count.ShouldBe(1);
    }

    [Fact]
    public void A_Campaign_Naming_A_Business_That_Does_Not_Exist_Should_Be_Refused_And_Save_Nothing()
    {
        var store = _temp.Open();
        var a = store.Businesses.Add(Samples.Plain("A"), Actor.Coordinator);
        Should.Throw<DomainException>(() => store.Campaigns.Add(Samples.Campaign(a.Id, 404), Actor.Coordinator))
            .Message.ShouldContain("business 404, which does not exist");
        store.Campaigns.GetAll().ShouldBeEmpty();
        store.Audit.Count().ShouldBe(1);
    }

    [Fact]
    public void Pair_Preferences_Should_Be_Set_Replaced_And_Removed()
    {
        // Given
        var store = _temp.Open();
        var a = store.Businesses.Add(Samples.Plain("A"), Actor.Coordinator);
        var b = store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator);

        // When
        store.PairPreferences.Set(new PairPreference(a.Id, b.Id, PairPreferenceKind.NeverPair), Actor.Member(a.Id));
        store.PairPreferences.Set(new PairPreference(a.Id, b.Id, PairPreferenceKind.FineTogether), Actor.Member(a.Id));

        // Then
        store.PairPreferences.GetFor(b.Id).ShouldBe([new PairPreference(a.Id, b.Id, PairPreferenceKind.FineTogether)]);
        store.PairPreferences.Remove(a.Id, b.Id, Actor.Member(a.Id));
        store.PairPreferences.GetAll().ShouldBeEmpty();
        Should.Throw<DomainException>(() => store.PairPreferences.Set(new PairPreference(a.Id, 999, PairPreferenceKind.NeverPair), Actor.Coordinator));
    }

    private static string Deep(Campaign campaign) => JsonSerializer.Serialize(campaign);
}
