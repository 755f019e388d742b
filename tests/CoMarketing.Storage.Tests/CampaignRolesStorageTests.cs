using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests;

/// <summary>Who posts each plan entry and the campaign's plan for surprises survive a save and an update.</summary>
public sealed class CampaignRolesStorageTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Plan_Owners_And_The_Plan_For_Surprises_Should_Read_Back_And_Survive_An_Update()
    {
        // Given
        var store = _temp.Open();
        var a = store.Businesses.Add(Samples.Plain("A"), Actor.Coordinator);
        var b = store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator);
        var sample = Samples.Campaign(a.Id, b.Id);
        var plan = new[]
        {
            new PlanEntry(sample.Start, Core.Channels.ChannelKind.Instagram, "Yhteispostaus") { Owner = b.Id },
            new PlanEntry(sample.Start.AddDays(1), Core.Channels.ChannelKind.LocalNewspaper, "Ilmoitus"),
        };
        var campaign = new Campaign(0, sample.Name, sample.Goal, sample.Start, sample.End, sample.Status, sample.Participants, sample.CostItems, plan, [])
        {
            Contingency = new ContingencyPlan(a.Id, 6, null, "Aino Aalto, 040 123 4567"),
        };

        // When
        var saved = store.Campaigns.Add(campaign, Actor.Coordinator);
        var reloaded = _temp.Open().Campaigns.Get(saved.Id)!;

        // Then
        reloaded.Plan.Select(p => p.Owner).ShouldBe([b.Id, null]);
        reloaded.Contingency.ShouldBe(new ContingencyPlan(a.Id, 6, null, "Aino Aalto, 040 123 4567"));

        // When the plan for surprises is removed and the owner changes
        store.Campaigns.Update(new Campaign(saved.Id, saved.Name, saved.Goal, saved.Start, saved.End, saved.Status, saved.Participants, saved.CostItems, [plan[0] with { Owner = a.Id }], []), Actor.Coordinator);

        // Then
        var updated = store.Campaigns.Get(saved.Id)!;
        updated.Contingency.ShouldBeNull();
        updated.Plan.ShouldHaveSingleItem().Owner.ShouldBe(a.Id);
    }
}
