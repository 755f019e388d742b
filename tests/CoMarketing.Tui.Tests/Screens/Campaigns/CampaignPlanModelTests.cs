using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Advice;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

/// <summary>The "Plan and tasks" and "Channel advice" pages of the campaign workspace (issue 14 in the planner).</summary>
public sealed class CampaignPlanModelTests
{
    [Fact]
    public void A_Member_Should_See_Its_Own_Publications_Marked_And_Counted()
    {
        // Given the hotel, which opens the campaign page of "Revontulten talvi"
        var backend = InMemoryPlannerBackend.Demo();
        var hotel = backend.Named("Hotelli Ounasvaara").Id;
        var campaign = backend.GetCampaign(2)!;

        // When
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Member(hotel), TuiTexts.Finnish), campaign);

        // Then
        model.Rows.Count.ShouldBe(campaign.Plan.Length);
        var mine = model.Rows.Where(r => r.Mine).ShouldHaveSingleItem();
        mine.Owner.ShouldBe("Hotelli Ounasvaara");
        mine.Description.ShouldBe("Kampanjasivu julki: revontulipaketit");
        model.MyTasks.ShouldBe(campaign.Plan.Count(p => p.Owner == hotel));
        model.Rows.ShouldContain(r => r.Owner == "Valokuvaamo Revontulikuva" && !r.Mine);
    }

    [Fact]
    public void The_Plan_For_Surprises_Should_Read_As_Sentences_In_Both_Languages()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var campaign = backend.GetCampaign(2)!;

        var fi = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), campaign).Surprises;
        var en = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.English), campaign).Surprises;

        fi.ShouldBe([
            "Negatiivisiin kommentteihin vastaa Hotelli Ounasvaara 4 tunnin kuluessa",
            "Kampanjan voi keskeyttää: koordinaattori",
            "Yhteyshenkilö: Sari Kemppainen, 040 812 3344",
        ]);
        en[0].ShouldBe("Negative comments: answered by Hotelli Ounasvaara within 4 hours");
        en[1].ShouldBe("May pause the campaign: the coordinator");
    }

    [Fact]
    public void A_Campaign_Without_A_Plan_For_Surprises_Should_Say_What_One_Holds()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.English), backend.GetCampaign(3)!);

        model.Surprises.ShouldHaveSingleItem().ShouldStartWith("No plan for surprises yet: who answers negative comments");
        model.MyTasks.ShouldBe(0);
    }

    [Fact]
    public void The_Workspace_Should_Show_The_Plan_And_The_Channel_Advice_Of_A_Saved_Campaign()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var hotel = backend.Named("Hotelli Ounasvaara").Id;
        var workspace = CampaignScreens.Open(new PlannerService(backend, Session.Member(hotel), TuiTexts.Finnish), 2);
        using var app = new HeadlessApp(workspace, 160, 40);

        // When
        workspace.ShowPage(3);
        var plan = app.Screen();
        workspace.ShowPage(5);
        var advice = workspace.Page.ShouldBeOfType<AdviceView>();
        var adviceScreen = app.Screen();

        // Then
        plan.ShouldContain("Julkaisusuunnitelma (");
        plan.ShouldContain("* ");
        plan.ShouldContain("sinun tehtäväsi");
        plan.ShouldContain("Yllätysten varalle");
        plan.ShouldContain("Sari Kemppainen, 040 812 3344");
        adviceScreen.ShouldContain("Budjetti (€):");
        advice.Lines.Source!.Count.ShouldBeGreaterThan(1);
    }
}
