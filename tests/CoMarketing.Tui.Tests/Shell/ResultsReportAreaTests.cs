using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Shell;

[Collection(TerminalCollection.Name)]
public sealed class ResultsReportAreaTests
{
    [Fact]
    public void I_can_open_the_results_report_from_the_menu_and_with_ctrl_r_on_the_campaign_list_at_80x24()
    {
        // Given
        using var planner = new Headless();
        planner.Shell.SignIn(Session.Coordinator);

        // When
        planner.Window.OpenArea("MenuResultsReport");
        var fromMenu = planner.Screen;
        planner.Window.OpenArea("MenuCampaigns");
        planner.Press(Key.R.WithCtrl);
        var fromList = planner.Screen;

        // Then
        fromMenu.ShouldContain("Results report, monthly");
        fromMenu.ShouldContain("From:");
        fromList.ShouldContain("Results report, monthly");
        fromList.ShouldContain("Per period");
    }

    [Fact]
    public void The_results_page_fits_an_80x24_terminal_in_finnish_with_an_error_on_one_line()
    {
        // Given
        using var planner = new Headless(texts: TuiTexts.Finnish);
        planner.Shell.SignIn(Session.Coordinator);
        var workspace = CampaignScreens.Open(planner.Shell.Current, 2);
        planner.Window.Open(workspace);
        planner.Press(Key.PageDown.WithCtrl, Key.PageDown.WithCtrl, Key.PageDown.WithCtrl, Key.PageDown.WithCtrl);
        var page = workspace.Page.ShouldBeOfType<CampaignResultsView>();

        // When: February, where the hotel reached 5 000
        planner.Press(Key.PageUp.WithAlt);
        page.Field(ResultRowDraft.InterestedField).Text = "9 000";
        var screen = planner.Screen;

        // Then
        screen.ShouldContain("Koko kampanja");
        screen.ShouldContain("│                   Tavoitetut:      5 000       Kiinnostuneet:   9 000");
        screen.ShouldContain("│                   ! Kiinnostuneita (9000) ei voi olla yli tavoitettujen (5000│"); // cut at the edge
        screen.ShouldContain("│                   Liidit:          125         Uudet asiakkaat: 41");
        screen.ShouldContain("Myynti:");
        screen.ShouldContain("Tallenna");
        screen.ShouldContain("hankintahinta");
    }

    [Fact]
    public void On_the_results_page_alt_pgdn_changes_the_month_ctrl_s_saves_and_ctrl_pgdn_still_turns_the_page()
    {
        // Given
        using var planner = new Headless(width: 120, height: 40);
        planner.Shell.SignIn(Session.Coordinator);
        var workspace = CampaignScreens.Open(planner.Shell.Current, 2);
        planner.Window.Open(workspace);

        // When: the fifth page, after "Plan and tasks"
        planner.Press(Key.PageDown.WithCtrl, Key.PageDown.WithCtrl, Key.PageDown.WithCtrl, Key.PageDown.WithCtrl);
        var page = workspace.Page.ShouldBeOfType<CampaignResultsView>();
        planner.Press(Key.PageDown.WithAlt);
        var april = page.Model.Month;
        planner.Press(Key.PageUp.WithAlt, Key.PageUp.WithAlt);
        page.Field(ResultRowDraft.ReachedField).Text = "6 000";
        planner.Press(Key.S.WithCtrl);
        var message = page.Message;
        planner.Press(Key.PageDown.WithCtrl);

        // Then
        april.ShouldBe(new DateOnly(2027, 4, 1));
        page.Model.Month.ShouldBe(new DateOnly(2027, 2, 1));
        message.ShouldBe("Saved.");
        planner.Backend.GetCampaign(2)!.Results[0].Reached.ShouldBe(6000);
        workspace.Page.ShouldBeOfType<CoMarketing.Tui.Screens.Advice.AdviceView>();
    }
}
