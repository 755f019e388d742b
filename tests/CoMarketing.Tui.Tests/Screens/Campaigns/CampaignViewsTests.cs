using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

public sealed class CampaignViewsTests
{
    [Fact]
    public void I_can_see_the_campaign_list_with_totals_in_finnish_and_filter_it()
    {
        // Given
        var service = new PlannerService(InMemoryPlannerBackend.Demo(), Session.Coordinator, TuiTexts.Finnish);
        var list = CampaignScreens.List(service);
        var window = new Window { Title = "Kampanjat" };
        window.Add(list);
        using var app = new HeadlessApp(window, 140, 20);

        // When
        var before = app.Screen();
        list.ApplyFilter("husky");
        var after = app.Screen();

        // Then
        before.ShouldContain("Kevään kaupunkipäivät");
        before.ShouldContain("päättynyt");
        before.ShouldContain("Yhteensä (sis. ALV)");
        before.ShouldMatch(@"\d \d{3},\d{2} €");
        after.ShouldContain("Revontulten talvi");
        after.ShouldNotContain("Kevään kaupunkipäivät");
    }

    [Fact]
    public void I_can_start_a_campaign_with_partners_from_the_matches_and_save_it()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, Session.Coordinator);
        long[] partners = [backend.Named("Kahvila Aalto").Id, backend.Named("Kirjakauppa Lukunurkka").Id, backend.Named("Kukkakauppa Kielo").Id];
        var workspace = CampaignScreens.StartWith(service, partners);
        using var app = new HeadlessApp(workspace);
        var form = workspace.Page.ShouldBeOfType<CampaignFormView>();

        // When
        var blank = app.Screen();
        form.Model.Name = "Kesäkadut";
        form.Model.Target = "300";
        form.Model.Start = "1.6.2027";
        form.Model.End = "30.6.2027";
        Find<Button>(form, "Save").InvokeCommand(Command.Accept);
        var saved = app.Screen();

        // Then
        blank.ShouldContain("New campaign");
        blank.ShouldContain("Kirjakauppa Lukunurkka");
        workspace.Campaign.ShouldNotBeNull().Participants.ShouldBe(partners);
        saved.ShouldContain("Campaign: Kesäkadut");
        saved.ShouldContain("Costs and split");
    }

    [Fact]
    public void The_costs_page_should_show_the_live_preview_and_mark_it_stale_on_a_bad_amount()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var workspace = CampaignScreens.Open(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), 2);
        using var app = new HeadlessApp(workspace, 160, 40);

        // When
        workspace.ShowPage(1);
        var costs = workspace.Page.ShouldBeOfType<CostItemsView>();
        var screen = app.Screen();

        // Then
        screen.ShouldContain("Yhteinen tavoittavuus");
        screen.ShouldContain("Tilitys:");
        var first = costs.Model.Preview!.Rows[0];
        screen.ShouldContain(costs.Model.Format.Euros(first.Gross));

        // When
        var fields = All<TextField>(costs).ToList();
        All<ListView>(costs).First().SelectedItem = 0;
        fields[1].Text = "12,345";
        var stale = app.Screen();

        // Then
        costs.Model.Stale.ShouldBeTrue();
        stale.ShouldContain("VANHENTUNUT");
        stale.ShouldContain("! '12,345' ei ole euromäärä");
        stale.ShouldContain(costs.Model.Format.Euros(first.Gross));
    }

    [Fact]
    public void Saving_the_costs_page_stores_the_new_amount_and_the_export_page_uses_it()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var workspace = CampaignScreens.Open(new PlannerService(backend, Session.Coordinator), 2);
        using var app = new HeadlessApp(workspace, 160, 40);
        workspace.ShowPage(1);
        var costs = workspace.Page.ShouldBeOfType<CostItemsView>();
        All<ListView>(costs).First().SelectedItem = 0;
        var before = backend.GetCampaign(2)!.CostItems[0].Net;

        // When
        All<TextField>(costs).ToList()[1].Text = "1 234,50";
        var unsaved = backend.GetCampaign(2)!.CostItems[0].Net;
        Find<Button>(costs, "Save").InvokeCommand(Command.Accept);
        app.Screen();

        // Then
        unsaved.ShouldBe(before);
        costs.Message.ShouldBe("Saved.");
        backend.GetCampaign(2)!.CostItems[0].Net.Cents.ShouldBe(123450);
        workspace.Campaign!.CostItems[0].Net.Cents.ShouldBe(123450);
    }

    [Fact]
    public void Ctrl_S_on_the_costs_page_with_a_bad_amount_saves_nothing_and_says_why()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var workspace = CampaignScreens.Open(new PlannerService(backend, Session.Coordinator), 2);
        using var app = new HeadlessApp(workspace, 160, 40);
        workspace.ShowPage(1);
        var costs = workspace.Page.ShouldBeOfType<CostItemsView>();
        All<ListView>(costs).First().SelectedItem = 0;
        var before = backend.GetCampaign(2)!;

        // When
        All<TextField>(costs).ToList()[1].Text = "twelve";
        costs.NewKeyDownEvent(Key.S.WithCtrl);

        // Then
        costs.Message.ShouldStartWith("! ");
        backend.GetCampaign(2).ShouldBe(before);
    }

    private static IEnumerable<T> All<T>(View root)
        where T : View
        => root.SubViews.SelectMany(v => (v is T t ? [t] : Enumerable.Empty<T>()).Concat(All<T>(v)));

    private static T Find<T>(View root, string text)
        where T : View
        => root.SubViews.OfType<T>().FirstOrDefault(v => v.Text == text)
            ?? root.SubViews.Select(v => Find<T>(v, text)).First(v => v is not null);
}
