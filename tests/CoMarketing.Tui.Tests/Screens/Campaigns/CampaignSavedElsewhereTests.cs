using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

/// <summary>
/// The costs page saves after another kiosk saved the campaign: the workspace asks "yours or theirs?" on its last line;
/// y saves the page's items onto their save, n opens the page again on their save, Esc leaves both as they are.
/// </summary>
public sealed class CampaignSavedElsewhereTests
{
    private const long CampaignId = 2;

    [Fact]
    public void A_Costs_Save_After_Another_Kiosks_Save_Should_Ask_Yours_Or_Theirs_And_Save_Nothing_Yet()
    {
        // Given
        using var kiosk = new Kiosk();

        // When
        kiosk.EditFirstAmountThenSaveAfterAnotherKioskClearedThePlan("1 234,50");

        // Then
        kiosk.Workspace.Question.ShouldBe("Yours or theirs?");
        kiosk.App.Screen().ShouldContain("Yours or theirs?  (y = save yours, n = reload theirs, Esc = later)");
        kiosk.Costs.Message.ShouldBe($"! Someone else saved “{kiosk.Opened.Name}” after you opened it; nothing was saved.");
        kiosk.Opened.Plan.ShouldNotBeEmpty();
        kiosk.Stored.Plan.ShouldBeEmpty();
        kiosk.Stored.CostItems[0].Net.ShouldBe(kiosk.Opened.CostItems[0].Net);
    }

    [Fact]
    public void Yours_Should_Save_The_Pages_Items_Onto_The_Other_Kiosks_Save()
    {
        // Given
        using var kiosk = new Kiosk();
        kiosk.EditFirstAmountThenSaveAfterAnotherKioskClearedThePlan("1 234,50");

        // When
        kiosk.Press(new Key('y'));

        // Then: their plan, these costs
        kiosk.Stored.Plan.ShouldBeEmpty();
        kiosk.Stored.CostItems[0].Net.Cents.ShouldBe(123_450);
        kiosk.Workspace.Campaign!.ShouldBe(kiosk.Stored);
        kiosk.Workspace.Question.ShouldBeNull();
        kiosk.Costs.Message.ShouldBe("Saved.");
    }

    [Fact]
    public void Theirs_Should_Open_The_Page_Again_On_The_Other_Kiosks_Save_And_Drop_The_Input()
    {
        // Given
        using var kiosk = new Kiosk();
        kiosk.EditFirstAmountThenSaveAfterAnotherKioskClearedThePlan("1 234,50");

        // When
        kiosk.Press(new Key('n'));

        // Then
        var reopened = kiosk.Workspace.Page.ShouldBeOfType<CostItemsView>();
        reopened.ShouldNotBeSameAs(kiosk.Costs);
        reopened.Message.ShouldBe($"Reloaded: this is “{kiosk.Opened.Name}” as saved elsewhere; your changes were dropped.");
        reopened.Model.Campaign.ShouldBe(kiosk.Stored);
        kiosk.Stored.CostItems[0].Net.ShouldBe(kiosk.Opened.CostItems[0].Net);
        kiosk.Stored.Plan.ShouldBeEmpty();
    }

    [Fact]
    public void Esc_Should_Leave_The_Input_Unsaved_And_Theirs_Stored()
    {
        // Given
        using var kiosk = new Kiosk();
        kiosk.EditFirstAmountThenSaveAfterAnotherKioskClearedThePlan("1 234,50");

        // When
        kiosk.Press(Key.Esc);

        // Then
        kiosk.Workspace.Question.ShouldBeNull();
        kiosk.Workspace.Page.ShouldBeSameAs(kiosk.Costs);
        kiosk.Stored.Plan.ShouldBeEmpty();
        All<TextField>(kiosk.Costs).ToList()[1].Text.ShouldBe("1 234,50");
        kiosk.Stored.CostItems[0].Net.ShouldBe(kiosk.Opened.CostItems[0].Net);
    }

    private static IEnumerable<T> All<T>(View root)
        where T : View
        => root.SubViews.SelectMany(v => (v is T t ? [t] : Enumerable.Empty<T>()).Concat(All<T>(v)));

    /// <summary>The coordinator's campaign workspace on the costs page, and another kiosk on the same backend.</summary>
    private sealed class Kiosk : IDisposable
    {
        private readonly InMemoryPlannerBackend _backend = InMemoryPlannerBackend.Demo();

        public Kiosk()
        {
            Opened = _backend.GetCampaign(CampaignId)!;
            Workspace = CampaignScreens.Open(new PlannerService(_backend, Session.Coordinator, TuiTexts.English), CampaignId);
            App = new HeadlessApp(Workspace, 160, 40);
            Workspace.ShowPage(1);
            Costs = Workspace.Page.ShouldBeOfType<CostItemsView>();
        }

        public Core.Campaigns.Campaign Opened { get; }

        public CampaignWorkspace Workspace { get; }

        public HeadlessApp App { get; }

        public CostItemsView Costs { get; }

        public Core.Campaigns.Campaign Stored => _backend.GetCampaign(CampaignId)!;

        public void EditFirstAmountThenSaveAfterAnotherKioskClearedThePlan(string amount)
        {
            All<ListView>(Costs).First().SelectedItem = 0;
            All<TextField>(Costs).ToList()[1].Text = amount;
            var other = new PlannerService(_backend, Session.Coordinator, TuiTexts.English);
            var theirs = other.GetCampaign(CampaignId)!;
            other.UpdateCampaign(theirs.WithPlan([]));
            Costs.NewKeyDownEvent(Key.S.WithCtrl);
            App.Screen();
        }

        public void Press(Key key)
        {
            App.App.InjectKey(key);
            App.Screen();
        }

        public void Dispose() => App.Dispose();
    }
}
