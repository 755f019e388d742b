using CoMarketing.Core.Campaigns;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

public sealed class CampaignListModelTests
{
    [Fact]
    public void The_Coordinator_Should_See_Every_Campaign_With_Its_Total_From_The_Split_Engine()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, Session.Coordinator);

        // When
        var rows = new CampaignListModel(service).Rows;

        // Then
        rows.Select(r => r.Campaign.Name).ShouldBe(["Kevään kaupunkipäivät", "Revontulten talvi", "Hyvinvoinnin kevät"]);
        var finished = backend.GetCampaign(1)!;
        var expected = CampaignSplit.Split(finished, backend.GetBusinesses(), backend.GetAssociation()).Items.Sum(i => i.Gross.Cents);
        rows[0].TotalGross!.Value.Cents.ShouldBe(expected);
        rows[0].OwnShare.ShouldBeNull();
        rows[0].Partners.ShouldBe(["Kahvila Aalto", "Kirjakauppa Lukunurkka", "Kukkakauppa Kielo", "Vaatekauppa Pohjantähti"]);
    }

    [Fact]
    public void A_Member_Should_See_Only_Its_Campaigns_With_Its_Own_Share()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var cafe = backend.Named("Kahvila Aalto");
        var service = new PlannerService(backend, Session.Member(cafe.Id));

        // When
        var list = new CampaignListModel(service);

        // Then
        var row = list.Rows.ShouldHaveSingleItem();
        row.Campaign.Name.ShouldBe("Kevään kaupunkipäivät");
        var split = CampaignSplit.Split(row.Campaign, backend.GetBusinesses(), backend.GetAssociation());
        row.OwnShare.ShouldBe(split.Participants.Single(p => p.Participant.Id == CampaignSplit.Key(cafe.Id)).Total.Gross);
        list.ShowsOwnShare.ShouldBeTrue();
    }

    [Fact]
    public void A_Guest_Should_See_No_Campaigns_And_May_Not_Create_One()
    {
        var list = new CampaignListModel(new PlannerService(InMemoryPlannerBackend.Demo(), Session.Guest));
        list.Rows.ShouldBeEmpty();
        list.CanCreate.ShouldBeFalse();
    }

    [Theory]
    [InlineData("husky", "Revontulten talvi")]
    [InlineData("HYVINVOINNIN", "Hyvinvoinnin kevät")]
    [InlineData("päättynyt", "Kevään kaupunkipäivät")]
    public void The_Filter_Should_Match_Name_Partner_Or_Status_Ignoring_Case(string filter, string expected)
    {
        // Given
        var list = new CampaignListModel(new PlannerService(InMemoryPlannerBackend.Demo(), Session.Coordinator, TuiTexts.Finnish)) { Filter = filter };

        // Then
        list.Rows.ShouldHaveSingleItem().Campaign.Name.ShouldBe(expected);
    }
}
