using CoMarketing.Core.Campaigns;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

public sealed class CampaignStatusModelTests
{
    [Fact]
    public void The_Coordinator_Should_Plan_A_Draft()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var model = new CampaignStatusModel(new PlannerService(backend, Session.Coordinator), backend.GetCampaign(3)!);
        model.Choices.ShouldBe([CampaignStatus.Planned, CampaignStatus.Running, CampaignStatus.Finished, CampaignStatus.Cancelled]);
        model.Change(CampaignStatus.Planned, null).ShouldBeNull();
        backend.GetCampaign(3)!.Status.ShouldBe(CampaignStatus.Planned);
    }

    [Fact]
    public void Reopening_A_Finished_Campaign_Should_Need_A_Reason_That_Is_Audited()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var model = new CampaignStatusModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), backend.GetCampaign(1)!);

        // Then
        model.NeedsReason(CampaignStatus.Running).ShouldBeTrue();
        model.Change(CampaignStatus.Running, " ").ShouldBe("Päättyneen tai perutun kampanjan avaaminen uudelleen vaatii syyn.");
        backend.GetCampaign(1)!.Status.ShouldBe(CampaignStatus.Finished);

        // When
        model.Change(CampaignStatus.Running, "lasku oli väärin").ShouldBeNull();

        // Then
        backend.GetCampaign(1)!.Status.ShouldBe(CampaignStatus.Running);
        backend.Writes.Last().Detail.ShouldBe("Kevään kaupunkipäivät: reopened: lasku oli väärin");
    }

    [Fact]
    public void A_Member_Should_Not_Change_A_Status()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var member = backend.GetCampaign(3)!.Participants[0];
        var model = new CampaignStatusModel(new PlannerService(backend, Session.Member(member)), backend.GetCampaign(3)!);
        model.Choices.ShouldBeEmpty();
        model.Change(CampaignStatus.Planned, null).ShouldBe("Only the coordinator changes a campaign's status.");
        backend.Writes.ShouldBeEmpty();
    }
}
