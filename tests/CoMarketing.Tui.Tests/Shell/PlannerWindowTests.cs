using CoMarketing.Tui.Application;
using CoMarketing.Tui.Screens.Businesses;
using CoMarketing.Tui.Shell;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Shell;

[Collection(TerminalCollection.Name)]
public sealed class PlannerWindowTests
{
    [Fact]
    public void Welcome_Should_Show_The_Menu_Bar_Who_Is_Signed_In_And_The_F_Keys()
    {
        // Given
        using var planner = new Headless();

        // When
        var screen = planner.Screen;

        // Then
        var lines = screen.Split('\n');
        lines[0].ShouldContain("Planner");
        lines[0].ShouldContain("Session");
        lines[0].ShouldContain("Signed in: guest");
        screen.ShouldContain("1. Sign in as a member");
        lines.Last(line => line.Trim().Length > 0).ShouldContain("F1");
    }

    [Fact]
    public void Esc_On_The_First_View_Should_Never_Stop_The_Planner()
    {
        // Given
        using var planner = new Headless(kiosk: false);

        // When
        planner.Press(Key.Esc, Key.Esc);

        // Then
        planner.Window.IsRunning.ShouldBeTrue();
        planner.Screen.ShouldContain("1. Sign in as a member");
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Ctrl_C_Should_Quit_Only_Outside_The_Kiosk(bool kiosk, bool quits)
    {
        // Given
        using var planner = new Headless(kiosk: kiosk);

        // When
        planner.Press(Key.C.WithCtrl);

        // Then
        planner.Window.IsQuitting.ShouldBe(quits);
        planner.Window.IsRunning.ShouldBeTrue(); // nothing but the window's own Quit stops it
    }

    [Fact]
    public void The_Guards_Should_Remove_Every_Suspend_Key()
    {
        // Given: a fresh application still has Terminal.Gui's Ctrl+Z
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        using var app = Terminal.Gui.App.Application.Create(new Terminal.Gui.Time.VirtualTimeProvider());
        app.Init(Terminal.Gui.Drivers.DriverRegistry.Names.ANSI);
        KioskGuards.CanSuspend(app).ShouldBeTrue();

        // When
        KioskGuards.RemoveSuspend(app);

        // Then
        KioskGuards.CanSuspend(app).ShouldBeFalse();
    }

    [Fact]
    public void Enter_On_Load_Demo_Should_Reach_The_Overview_And_Esc_Should_Not_Leave_It()
    {
        // Given
        using var planner = new Headless(InMemoryPlannerBackend.Empty());
        planner.Screen.ShouldContain("1. Load the demo association");

        // When
        planner.Press(Key.Enter);

        // Then
        var screen = planner.Screen;
        screen.ShouldContain("CoMarketing › Overview");
        screen.ShouldContain("Members: 45");
        planner.Press(Key.Esc);
        planner.Screen.ShouldContain("Members: 45");
    }

    [Fact]
    public void F1_Should_List_The_Screens_Keys_And_Any_Key_Should_Close_It()
    {
        // Given
        using var planner = new Headless();

        // When
        planner.Press(Key.F1);

        // Then
        var help = planner.Screen;
        help.ShouldContain("Keys: Napapiirin");
        help.ShouldContain("F9/F10");
        planner.Press(Key.Space);
        planner.Screen.ShouldContain("1. Sign in as a member");
    }

    [Fact]
    public void The_Menu_Should_Offer_Each_Area_Only_To_Those_Who_May_Use_It()
    {
        // Given
        using var planner = new Headless();
        var member = Session.Member(planner.Backend.Named("Kahvila Aalto").Id);

        // Then
        planner.Window.MenuTitles(Session.Guest).ShouldBe(["Overview", "Businesses", "Campaigns"]);
        planner.Window.MenuTitles(member).ShouldBe(["Overview", "Businesses", "My business", "Campaigns", "Results report", "Never pair / fine together", "Change my PIN"]);
        planner.Window.MenuTitles(Session.Coordinator).ShouldBe(
            ["Overview", "Businesses", "Campaigns", "Results report", "Budget", "Association settings", "Members: PINs, archive, restore", "Never pair / fine together", "Import members", "Backup and check", "Audit log"]);
    }

    [Fact]
    public void The_Coordinator_Should_Open_The_Settings_Tool_And_The_Campaigns_From_The_Menu()
    {
        // Given
        using var planner = new Headless();
        planner.Shell.SignIn(Session.Coordinator);

        // When
        planner.Window.OpenArea("ToolSettings");
        var settings = planner.Screen;
        planner.Window.OpenArea("MenuCampaigns");
        var campaigns = planner.Screen;

        // Then
        settings.ShouldContain("Population");
        campaigns.ShouldContain("Revontulten talvi");
    }

    [Fact]
    public void A_Long_Business_Name_Should_Never_Hide_Who_Is_Signed_In()
    {
        // Given
        using var planner = new Headless(width: 60, height: 20);
        var business = planner.Backend.Named("Kahvila Aalto");
        planner.Shell.SignIn(Session.Member(business.Id));

        // When
        planner.Window.Reset(BusinessOpener.Open(planner.Window.Context, business.Id));

        // Then
        planner.Screen.Split('\n')[0].TrimEnd().ShouldEndWith("Signed in: Kahvila Aalto");
    }

    [Fact]
    public void Pasting_Into_The_Business_Filter_Should_Filter_And_Not_Run_Shortcuts()
    {
        // Given: the business list with its filter open
        using var planner = new Headless();
        planner.Window.Reset(BusinessesView.Open(planner.Window.Context));
        planner.Press(new Key('/'));

        // When: "Rovaniemi" arrives as one bracketed paste (its "n" is "new business" outside the filter)
        planner.App.RaisePasteEvent("Rovaniemi");

        // Then
        var screen = planner.Screen;
        screen.ShouldContain("Rovaniemi");
        screen.ShouldNotContain("Step 1 of");
        planner.Window.Current.ShouldBeOfType<BusinessesView>().Model.Filter.ShouldBe("Rovaniemi");
    }

    [Fact]
    public void The_Group_Screen_Should_Start_A_Campaign_With_Its_Partners()
    {
        // Given: the coordinator looks at the best group of three for Kahvila Aalto
        using var planner = new Headless();
        planner.Shell.SignIn(Session.Coordinator);
        var cafe = planner.Backend.Named("Kahvila Aalto");
        var group = new Tui.Screens.Matches.GroupModel(planner.Shell.Current, cafe, 3);
        planner.Window.Reset(new Tui.Screens.Matches.GroupView(planner.Window.Context, group));

        // When
        planner.Press(new Key('c'));

        // Then: a new campaign's workspace opens with the café and its three partners, none saved yet
        planner.Window.Current.ShouldBeOfType<Tui.Screens.Campaigns.CampaignWorkspace>().Campaign.ShouldBeNull();
        var screen = planner.Screen;
        screen.ShouldContain("Kahvila Aalto");
        foreach (var member in group.Suggestion.Members)
        {
            screen.ShouldContain(member.Partner.Name);
        }
    }
}
