using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

/// <summary>The plan page drawn headless with Terminal.Gui's ANSI driver.</summary>
public sealed class CampaignPlanViewTests
{
    [Fact]
    public void The_calendar_should_mark_the_holiday_and_the_publication_of_the_month_shown()
    {
        // Given the coordinator on "Joulun valot", which opens on its first month, November 2027
        var (backend, campaign) = CampaignPlanEditingTests.Christmas();
        var workspace = CampaignScreens.Open(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), campaign.Id);
        using var app = new HeadlessApp(workspace, 160, 40);
        workspace.ShowPage(3);
        var page = workspace.Page.ShouldBeOfType<CampaignPlanView>();
        var november = app.Screen();

        // When PgDn on the calendar goes to December
        page.Calendar.NewKeyDownEvent(Key.PageDown).ShouldBeTrue();
        var december = app.Screen();

        // Then
        november.ShouldContain("Marraskuu 2027");
        november.ShouldNotContain("6*#");
        december.ShouldContain("Joulukuu 2027");
        december.ShouldContain("PgUp/PgDn kuukausi");
        december.ShouldContain(" ma    ti    ke    to    pe    la    su");
        december.ShouldContain("  6*#   7~    8~");
        december.ShouldContain("* 6.12. Itsenäisyyspäivä");
        december.ShouldContain("~ 1.12.–23.12. Joulumyynti");
        december.ShouldContain("1 julkaisu tässä kuussa");
        december.ShouldContain(" ! 6.12.2027  facebook");
        december.ShouldContain("Itsenäisyyspäivän kynttilät");
    }

    [Fact]
    public void I_can_add_a_publication_on_a_holiday_see_the_warning_and_save_it()
    {
        // Given
        var (backend, campaign) = CampaignPlanEditingTests.Christmas();
        var workspace = CampaignScreens.Open(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), campaign.Id);
        using var app = new HeadlessApp(workspace, 160, 40);
        workspace.ShowPage(3);
        var page = workspace.Page.ShouldBeOfType<CampaignPlanView>();

        // When Insert opens the form, the date and description are typed and OK pressed
        page.NewKeyDownEvent(Key.InsertChar);
        page.EntryForm.Visible.ShouldBeTrue();
        var fields = All<TextField>(page.EntryForm).ToList();
        fields[0].Text = "24.12.2027";
        fields[1].Text = "Joulurauhan julistus";
        All<Button>(page.EntryForm).First().InvokeCommand(Command.Accept);
        var applied = app.Screen();
        page.NewKeyDownEvent(Key.S.WithCtrl);
        var saved = app.Screen();

        // Then
        applied.ShouldContain("! 24.12.2027 on Jouluaatto (pyhäpäivä).");
        applied.ShouldContain("Tallentamattomia muutoksia");
        saved.ShouldContain("Tallennettu.");
        backend.GetCampaign(campaign.Id)!.Plan.Select(p => p.Description).ShouldBe(["Itsenäisyyspäivän kynttilät", "Joulurauhan julistus"]);
        workspace.Campaign.ShouldNotBeNull().Plan.ShouldBe(backend.GetCampaign(campaign.Id)!.Plan);
    }

    [Fact]
    public void I_can_move_a_publication_a_week_and_a_day_with_the_keys_and_delete_it_after_confirming()
    {
        // Given
        var (backend, campaign) = CampaignPlanEditingTests.Christmas();
        var workspace = CampaignScreens.Open(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), campaign.Id);
        using var app = new HeadlessApp(workspace, 160, 40);
        workspace.ShowPage(3);
        var page = workspace.Page.ShouldBeOfType<CampaignPlanView>();
        page.Publications.SelectedItem = 0;

        // When
        page.Publications.NewKeyDownEvent(new Key('>'));
        page.Publications.NewKeyDownEvent(new Key('+'));
        var moved = app.Screen();

        // Then
        page.Model.Entries.ShouldHaveSingleItem().Date.ShouldBe(new DateOnly(2027, 12, 14));
        moved.ShouldContain("   14.12.2027 facebook");
        moved.ShouldContain(" 13~  [14~#] 15~ ");

        // When Enter opens it for editing and Esc closes the form again
        page.Publications.NewKeyDownEvent(Key.Enter);
        var editing = app.Screen();
        page.NewKeyDownEvent(Key.Esc);

        // Then
        editing.ShouldContain("Muokkaa julkaisua");
        All<TextField>(page.EntryForm).First().Text.ShouldBe("14.12.2027");
        page.EntryForm.Visible.ShouldBeFalse();
        page.Publications.Visible.ShouldBeTrue();

        // When Delete asks and K (kyllä) confirms
        page.Publications.NewKeyDownEvent(Key.DeleteChar);
        var asked = app.Screen();
        page.NewKeyDownEvent(Key.K);

        // Then
        asked.ShouldContain("Poistetaanko julkaisu 14.12.2027 'Itsenäisyyspäivän kynttilät'? (K/E)");
        page.Model.Entries.ShouldBeEmpty();
        app.Screen().ShouldContain("Julkaisuja ei ole vielä suunniteltu.");
    }

    [Fact]
    public void A_member_should_see_the_plan_read_only_with_the_reason()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var hotel = backend.Named("Hotelli Ounasvaara").Id;
        var workspace = CampaignScreens.Open(new PlannerService(backend, Session.Member(hotel), TuiTexts.English), 2);
        using var app = new HeadlessApp(workspace, 160, 40);
        workspace.ShowPage(3);
        var page = workspace.Page.ShouldBeOfType<CampaignPlanView>();

        page.NewKeyDownEvent(Key.InsertChar);
        var screen = app.Screen();

        page.EntryForm.Visible.ShouldBeFalse();
        All<Button>(page).Where(b => b.Text is "Add" or "Save").ShouldAllBe(b => !b.Enabled);
        screen.ShouldContain("Only the coordinator changes the publication plan and the plan for surprises.");
        screen.ShouldContain("(your task)");
    }

    internal static IEnumerable<T> All<T>(View root)
        where T : View
        => root.SubViews.SelectMany(v => (v is T t ? [t] : Enumerable.Empty<T>()).Concat(All<T>(v)));
}
