using CoMarketing.Tui.Application;
using CoMarketing.Tui.Screens.Businesses;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Screens.Matches;
using CoMarketing.Tui.Screens.SignIn;
using CoMarketing.Tui.Screens.Welcome;
using CoMarketing.Tui.Shell;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Shell;

[Collection(TerminalCollection.Name)]
public sealed class LoadingViewTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Waits until the reading behind <paramref name="loading"/> has handed its result to the UI thread, and runs it there.</summary>
    private static void Finish(Headless planner, LoadingView loading)
    {
        SpinWait.SpinUntil(() => loading.Work.IsCompleted, Patience).ShouldBeTrue();
        planner.Advance(TimeSpan.Zero);
    }

    [Fact]
    public void A_Big_Associations_List_Should_Show_A_Spinner_While_Read_Then_The_Table_In_Its_Place()
    {
        // Given: an association counted as big, whose reading waits until the test lets it go on
        using var planner = new Headless(backgroundLoadFrom: 10);
        using var release = new ManualResetEventSlim();
        planner.Backend.DuringRead = () => release.Wait(Patience);

        // When: the business list is opened
        planner.Window.OpenArea("MenuBusinesses");
        var loading = planner.Window.Current.ShouldBeOfType<LoadingView>();
        var during = planner.Screen;
        planner.Press(Key.CursorDown); // the planner answers keys meanwhile
        release.Set();
        Finish(planner, loading);

        // Then: the table took the spinner's place, so Esc goes back to where the list was opened from
        during.ShouldContain("Reading 45 members…", customMessage: during);
        during.ShouldContain("Esc goes back", customMessage: during);
        var list = planner.Window.Current.ShouldBeOfType<BusinessesView>();
        list.Table.RefreshContentSize();
        planner.Screen.ShouldContain("45 members");
        planner.Window.OpenViews.OfType<LoadingView>().ShouldBeEmpty();
        planner.Press(Key.Esc);
        planner.Window.Current.ShouldBeOfType<WelcomeView>();
    }

    [Fact]
    public void Esc_While_Reading_Should_Go_Back_And_Drop_What_Is_Read_Later()
    {
        // Given: the list being read
        using var planner = new Headless(backgroundLoadFrom: 10);
        using var release = new ManualResetEventSlim();
        planner.Backend.DuringRead = () => release.Wait(Patience);
        planner.Window.OpenArea("MenuBusinesses");
        var loading = planner.Window.Current.ShouldBeOfType<LoadingView>();

        // When: Esc, then the reading finishes
        planner.Press(Key.Esc);
        release.Set();
        Finish(planner, loading);

        // Then: still the welcome screen, alone
        planner.Window.Current.ShouldBeOfType<WelcomeView>();
        planner.Window.OpenViews.Count.ShouldBe(1);
    }

    [Fact]
    public void A_Failed_Read_Should_Say_What_Failed_And_Enter_Should_Go_Back()
    {
        // Given: a store that fails while the members are read
        using var planner = new Headless(backgroundLoadFrom: 10);
        planner.Backend.DuringRead = () => throw new IOException("the disk was removed");

        // When
        planner.Window.OpenArea("MenuBusinesses");
        Finish(planner, planner.Window.Current.ShouldBeOfType<LoadingView>());

        // Then
        var message = planner.Window.Current.ShouldBeOfType<MessageView>();
        message.Text.ShouldBe("Error: Reading the members failed: the disk was removed. Nothing was changed; Enter goes back.");
        planner.Press(Key.Enter);
        planner.Window.Current.ShouldBeOfType<WelcomeView>();
    }

    [Fact]
    public void A_Big_Associations_Partners_And_Member_Sign_In_Should_Also_Be_Read_Behind_The_Spinner()
    {
        // Given
        using var planner = new Headless(backgroundLoadFrom: 10);
        var business = planner.Backend.GetBusinesses()[0];

        // When: a business's partners
        planner.Window.Open(MatchesView.Open(planner.Window.Context, business));
        var partners = planner.Window.Current.ShouldBeOfType<LoadingView>();
        var during = planner.Screen;
        Finish(planner, partners);

        // Then
        during.ShouldContain("Finding partners among 45 members…", customMessage: during);
        planner.Window.Current.ShouldBeOfType<MatchesView>().Model.Business.ShouldBe(business);

        // When: the member sign-in list
        planner.Window.Welcome();
        planner.Window.Open(PickBusinessView.Open(planner.Window.Context));
        Finish(planner, planner.Window.Current.ShouldBeOfType<LoadingView>());

        // Then
        planner.Window.Current.ShouldBeOfType<PickBusinessView>().Model.Rows.Count.ShouldBe(45);
    }

    [Fact]
    public void A_Small_Associations_List_Should_Open_At_Once_Reading_The_Members_Once()
    {
        // Given: the default threshold (5 000 members) and the demo's 45
        using var planner = new Headless();
        var reads = planner.Backend.BusinessReads;

        // When
        planner.Window.OpenArea("MenuBusinesses");

        // Then
        planner.Window.Current.ShouldBeOfType<BusinessesView>();
        planner.Backend.BusinessReads.ShouldBe(reads + 1);
    }

    [Fact]
    public void A_Big_Associations_List_Should_Keep_Its_Rows_While_Read_Again_After_A_Save()
    {
        // Given: the list of a big association, open
        using var planner = new Headless(backgroundLoadFrom: 10);
        planner.Window.OpenArea("MenuBusinesses");
        Finish(planner, planner.Window.Current.ShouldBeOfType<LoadingView>());
        var list = planner.Window.Current.ShouldBeOfType<BusinessesView>();
        list.Table.RefreshContentSize();
        var before = list.Model;
        using var release = new ManualResetEventSlim();
        planner.Backend.DuringRead = () => release.Wait(Patience);

        // When: read again (as after a save in the editor opened from it)
        list.Reload();
        var during = planner.Screen;
        var modelDuring = list.Model;
        release.Set();
        SpinWait.SpinUntil(() => list.Reloading.IsCompleted, Patience).ShouldBeTrue();
        planner.Advance(TimeSpan.Zero);

        // Then: the old rows stayed on the screen until the new ones came
        during.ShouldContain("Reading 45 members…", customMessage: during);
        during.ShouldContain("Arktiset Yrtit", customMessage: during);
        modelDuring.ShouldBeSameAs(before);
        list.Model.ShouldNotBeSameAs(before);
        planner.Screen.ShouldContain("45 members");
    }

    [Fact]
    public void A_Big_Associations_Member_Tools_Should_Be_Read_Behind_The_Spinner_And_Others_Open_At_Once()
    {
        // Given: the coordinator of a big association
        using var planner = new Headless(backgroundLoadFrom: 10);
        planner.Shell.SignIn(Session.Coordinator);

        // When: the member tools (every member, archived ones too)
        planner.Window.OpenArea("ToolMembers");
        var loading = planner.Window.Current.ShouldBeOfType<LoadingView>();
        var during = planner.Screen;
        Finish(planner, loading);

        // Then
        during.ShouldContain("Reading 45 members…", customMessage: during);
        planner.Window.Current.ShouldBeOfType<MemberAdminView>();

        // When: the settings, which read no member
        planner.Window.OpenArea("ToolSettings");

        // Then
        planner.Window.Current.ShouldBeOfType<SettingsView>();
    }

    [Fact]
    public void A_Big_Associations_Campaign_Should_Open_Behind_The_Spinner_With_Its_Members_Read_Once()
    {
        // Given: the coordinator's campaign list of a big association
        using var planner = new Headless(backgroundLoadFrom: 10);
        planner.Shell.SignIn(Session.Coordinator);
        planner.Window.OpenArea("MenuCampaigns");
        var list = planner.Window.Current;
        var reads = planner.Backend.BusinessReads;

        // When: the first campaign opened (Enter on the list)
        planner.Press(Key.Enter);
        var loading = planner.Window.Current.ShouldBeOfType<LoadingView>();
        Finish(planner, loading);

        // Then: its workspace, whose details page chose partners from the members read behind the spinner
        var workspace = planner.Window.Current.ShouldBeOfType<CoMarketing.Tui.Screens.Campaigns.CampaignWorkspace>();
        planner.Screen.ShouldContain(workspace.Campaign!.Name);
        planner.Backend.BusinessReads.ShouldBe(reads + 1);
        list.ShouldNotBeSameAs(workspace);
    }

    [Fact]
    public void A_Campaign_Started_From_A_Big_Associations_Matches_Should_Read_Its_Members_Behind_The_Spinner()
    {
        // Given: the coordinator on a business's partners (read behind the spinner)
        using var planner = new Headless(backgroundLoadFrom: 10);
        planner.Shell.SignIn(Session.Coordinator);
        var business = planner.Backend.GetBusinesses()[0];
        planner.Window.Open(MatchesView.Open(planner.Window.Context, business));
        Finish(planner, planner.Window.Current.ShouldBeOfType<LoadingView>());
        var matches = planner.Window.Current.ShouldBeOfType<MatchesView>();
        var partner = matches.Selected.ShouldNotBeNull().Partner;

        // When: "start a campaign with this partner"
        matches.StartCampaign();
        Finish(planner, planner.Window.Current.ShouldBeOfType<LoadingView>());

        // Then: a new campaign's workspace with both, its details choosing among the members read
        planner.Window.Current.ShouldBeOfType<CoMarketing.Tui.Screens.Campaigns.CampaignWorkspace>();
        planner.Screen.ShouldContain(partner.Name, customMessage: planner.Screen);
    }
}
