using CoMarketing.Core.Campaigns;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

public sealed class CampaignResultsViewTests
{
    [Fact]
    public void I_can_enter_a_months_results_on_the_results_page_see_a_widening_funnel_at_its_field_and_save()
    {
        // Given: the running campaign's workspace, in Finnish, for the coordinator
        var backend = InMemoryPlannerBackend.Demo();
        var workspace = CampaignScreens.Open(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), 2);
        using var app = new HeadlessApp(workspace, 160, 40);
        var saved = 0;
        workspace.Saved += (_, _) => saved++;

        // When
        workspace.ShowPage(4);
        var page = workspace.Page.ShouldBeOfType<CampaignResultsView>();
        var first = app.Screen();
        page.Field(ResultRowDraft.ReachedField).Text = "1 000";
        page.Field(ResultRowDraft.InterestedField).Text = "2 000";
        var widening = app.Screen();

        // Then
        first.ShouldContain("Tulokset");
        first.ShouldContain("maaliskuu 2027");
        first.ShouldContain("Koko kampanja");
        first.ShouldContain("Hotelli Ounasvaara");
        first.ShouldContain("hankintahinta");
        widening.ShouldContain("! Kiinnostuneita (2000) ei voi olla yli tavoitettujen (1000).");

        // When
        page.Field(ResultRowDraft.InterestedField).Text = "100";
        page.Field(ResultRowDraft.LeadsField).Text = "20";
        page.Field(ResultRowDraft.NewCustomersField).Text = "5";
        page.Field(ResultRowDraft.RevenueField).Text = "1 200,50 €";
        page.SaveButton.InvokeCommand(Command.Accept);
        var after = app.Screen();

        // Then
        saved.ShouldBe(1);
        after.ShouldContain("Tallennettu.");
        var campaign = backend.GetCampaign(2)!;
        var hotel = campaign.Results.Single(r => r.PeriodStart == new DateOnly(2027, 3, 1));
        (hotel.Reached, hotel.Interested, hotel.Leads, hotel.NewCustomers, hotel.Revenue.Cents).ShouldBe((1000L, 100L, 20L, 5L, 120050L));
        var total = CampaignEconomics.Of(campaign, CampaignSplit.Split(campaign, backend.GetBusinesses(), backend.GetAssociation())).Total;
        page.FigureLines[0].ShouldContain("ROI " + ResultsFigures.Percent(total.Roi, page.Model.Format));
        after.ShouldContain(page.Model.Format.Euros(total.AcquisitionCost!.Value));
    }

    [Fact]
    public void A_member_sees_the_results_page_read_only()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var hotel = backend.Named("Hotelli Ounasvaara").Id;
        var workspace = CampaignScreens.Open(new PlannerService(backend, Session.Member(hotel)), 2);
        using var app = new HeadlessApp(workspace, 120, 30);
        workspace.ShowPage(4);
        var page = workspace.Page.ShouldBeOfType<CampaignResultsView>();
        app.Screen().ShouldContain("Only the coordinator records results");
        page.SaveButton.Enabled.ShouldBeFalse();
        page.Field(ResultRowDraft.ReachedField).Enabled.ShouldBeFalse();
    }

    [Fact]
    public void I_can_open_the_results_report_from_the_campaign_list_and_choose_quarters()
    {
        // Given
        var service = new PlannerService(InMemoryPlannerBackend.Demo(), Session.Coordinator, TuiTexts.Finnish);
        var list = CampaignScreens.List(service);
        ResultsReportView? report = null;
        list.ReportRequested += (_, _) => report = CampaignScreens.Report(service);
        var window = new Window();
        window.Add(list);
        using var app = new HeadlessApp(window, 120, 30);

        // When
        app.Screen().ShouldContain("Tulosraportti (Ctrl+R)");
        list.NewKeyDownEvent(Key.R.WithCtrl);
        window.Remove(list);
        window.Add(report.ShouldNotBeNull());
        report.Choose(ResultPeriod.Quarter);
        var screen = app.Screen();

        // Then
        screen.ShouldContain("Tulosraportti neljännesvuosittain");
        screen.ShouldContain("4. neljännes 2026");
        report.Model.Period.ShouldBe(ResultPeriod.Quarter);
    }
}
