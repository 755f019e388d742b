using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Demo;
using CoMarketing.Storage.Demo;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests.Demo;

public sealed class DemoInstallerTests
{
    private static readonly DateOnly Today = new(2027, 3, 14);

    [Fact]
    public void Install_Should_Save_Members_Pairs_And_Campaigns_That_Read_Back_Equal()
    {
        // Given
        using var temp = new TempDatabase();
        var store = temp.Open();
        var demo = DemoAssociation.Build(Today);

        // When
        var saved = DemoInstaller.Install(store, demo, replace: false, Actor.CommandLine, temp.Clock);

        // Then
        store.Businesses.Count().ShouldBe(demo.Businesses.Count);
        store.Association.Get().Name.ShouldBe(DemoAssociation.Name);
        var byId = store.Businesses.GetAll().ToDictionary(b => b.Id);
        saved.Businesses.ShouldAllBe(b => byId[b.Id].Equals(b));
        store.PairPreferences.GetAll().Count(p => p.Kind == PairPreferenceKind.NeverPair).ShouldBe(1);
        var campaigns = store.Campaigns.GetAll();
        campaigns.Select(c => c.Status).ShouldBe([CampaignStatus.Finished, CampaignStatus.Running, CampaignStatus.Draft], ignoreOrder: true);
        campaigns.Single(c => c.Status == CampaignStatus.Finished).Results.Length.ShouldBe(12);
        store.Check().ShouldBeEmpty();
        store.Audit.Recent(10).Count(a => a.Action == "demo.install").ShouldBe(1);
    }

    [Fact]
    public void Install_Should_Refuse_A_Database_With_Members_And_Change_Nothing()
    {
        // Given
        using var temp = new TempDatabase();
        var store = temp.Open();
        var demo = DemoAssociation.Build(Today);
        store.Businesses.Add(demo.Businesses[0].WithId(0), Actor.Coordinator);

        // When
        var error = Should.Throw<DomainException>(() => DemoInstaller.Install(store, demo, replace: false, Actor.CommandLine, temp.Clock));

        // Then
        error.Message.ShouldContain("already has 1 members");
        error.Message.ShouldContain("--force");
        store.Businesses.Count().ShouldBe(1);
        store.Campaigns.GetAll().ShouldBeEmpty();
    }

    [Fact]
    public void Install_With_Replace_Should_Replace_Everything()
    {
        // Given
        using var temp = new TempDatabase();
        var store = temp.Open();
        var demo = DemoAssociation.Build(Today);
        DemoInstaller.Install(store, demo, replace: false, Actor.CommandLine, temp.Clock);

        // When
        DemoInstaller.Install(store, demo, replace: true, Actor.CommandLine, temp.Clock);

        // Then
        store.Businesses.Count().ShouldBe(demo.Businesses.Count);
        store.Campaigns.GetAll().Count.ShouldBe(3);
        store.PairPreferences.GetAll().Count.ShouldBe(2);
        store.Check().ShouldBeEmpty();
    }
}
