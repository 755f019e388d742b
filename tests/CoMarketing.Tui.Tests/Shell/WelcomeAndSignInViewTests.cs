using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Overview;
using CoMarketing.Tui.Screens.SignIn;
using CoMarketing.Tui.Screens.Welcome;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Shell;

[Collection(TerminalCollection.Name)]
public sealed class WelcomeAndSignInViewTests
{
    [Fact]
    public void Welcome_On_An_Empty_Database_Should_Offer_The_Demo_And_Creating_The_Association()
    {
        // Given
        using var planner = new Headless(InMemoryPlannerBackend.Empty());

        // When
        var screen = planner.Screen;

        // Then
        planner.Window.Current.ShouldBeOfType<WelcomeView>();
        screen.ShouldContain("CoMarketing › Yrittäjäyhdistys");
        screen.ShouldContain("1. Load the demo association");
        screen.ShouldContain("2. Create the association");
        screen.ShouldContain("4. Sign in as the coordinator");
        screen.ShouldContain("45 fictional members"); // the selected entry's explanation
        screen.ShouldNotContain("Sign in as a member");
        screen.ShouldNotContain("Quit");
    }

    [Fact]
    public void Loading_The_Demo_Should_Land_On_The_Overview_As_A_Guest()
    {
        // Given
        using var planner = new Headless(InMemoryPlannerBackend.Empty());

        // When
        planner.Press(Key.Enter);

        // Then
        planner.Window.Current.ShouldBeOfType<OverviewView>();
        var screen = planner.Screen;
        screen.ShouldContain("Napapiirin Yrittäjät ry");
        screen.ShouldContain("Members: 45");
        screen.ShouldContain("Campaigns: 3 (1 draft, 0 planned, 1 running, 1 finished)");
        screen.Split('\n')[0].TrimEnd().ShouldEndWith("Signed in: guest");
        planner.Backend.Writes.ShouldContain(w => w.Operation == "LoadDemo");
    }

    [Fact]
    public void A_Member_Should_Pick_The_Business_Type_A_Masked_Pin_And_Be_Signed_In()
    {
        // Given
        using var planner = new Headless();
        var cafe = planner.Backend.Named("Kahvila Aalto");
        planner.Backend.Accounts.SetMemberPin(cafe.Id, "2468", Core.Audit.Actor.Coordinator);

        // When
        planner.Type("1");
        planner.Window.Current.ShouldBeOfType<PickBusinessView>();
        planner.Type("/aalto").Press(Key.Enter);
        planner.Window.Current.ShouldBeOfType<PinView>();
        planner.Type("2468");
        var typing = planner.Screen;
        planner.Press(Key.Enter);

        // Then
        typing.ShouldContain("Sign in: Kahvila Aalto");
        typing.ShouldNotContain("2468");
        typing.ShouldContain("PIN:");
        planner.Shell.Current.Session.ShouldBe(Session.Member(cafe.Id));
        planner.Window.Current.ShouldBeOfType<OverviewView>();
        var screen = planner.Screen;
        screen.Split('\n')[0].TrimEnd().ShouldEndWith("Signed in: Kahvila Aalto");
        screen.ShouldContain("2. My business");
        screen.ShouldContain("Signed in: Kahvila Aalto.");
    }

    [Fact]
    public void The_Pin_Field_Should_Take_Only_Digits()
    {
        // Given
        using var planner = new Headless();
        planner.Type("1").Type("/aalto").Press(Key.Enter);

        // When
        planner.Type("12ab34567890");

        // Then
        planner.Window.Current.ShouldBeOfType<PinView>().Field.Text.ShouldBe("12345678");
    }

    [Fact]
    public void A_Wrong_Pin_Should_Be_Said_Under_The_Field_And_Esc_Should_Go_Back_To_The_Names()
    {
        // Given
        using var planner = new Headless();
        var cafe = planner.Backend.Named("Kahvila Aalto");
        planner.Backend.Accounts.SetMemberPin(cafe.Id, "2468", Core.Audit.Actor.Coordinator);
        planner.Type("1").Type("/aalto").Press(Key.Enter);

        // When
        planner.Type("1357").Press(Key.Enter);
        var wrong = planner.Screen;
        planner.Press(Key.Esc);

        // Then
        wrong.ShouldContain("Wrong PIN. 2 attempts left before a pause.");
        planner.Shell.Current.Session.IsGuest.ShouldBeTrue();
        planner.Window.Current.ShouldBeOfType<PickBusinessView>();
    }

    [Fact]
    public void Creating_The_Association_Should_Save_It_Set_The_Coordinator_Pin_And_Sign_In()
    {
        // Given
        var backend = InMemoryPlannerBackend.Empty();
        using var planner = new Headless(backend);
        planner.Type("2");
        planner.Window.Current.ShouldBeOfType<CreateAssociationView>();

        // When: Enter moves on field by field, and on the last one saves
        planner.Press(Key.Enter, Key.Enter);
        planner.Type("4731").Press(Key.Tab).Type("4731").Press(Key.Enter);

        // Then
        backend.Accounts.CoordinatorHasPin().ShouldBeTrue();
        planner.Shell.Current.Session.IsCoordinator.ShouldBeTrue();
        planner.Window.Current.ShouldBeOfType<OverviewView>();
        planner.Screen.ShouldContain("Yrittäjäyhdistys was created; you are signed in as the coordinator.");
    }

    [Fact]
    public void A_Weak_Coordinator_Pin_Should_Be_Said_Under_The_Field_And_Nothing_Saved()
    {
        // Given
        var backend = InMemoryPlannerBackend.Empty();
        using var planner = new Headless(backend);
        planner.Type("2");

        // When
        planner.Press(Key.Enter, Key.Enter);
        planner.Type("1111").Press(Key.Tab).Type("1111").Press(Key.Enter);

        // Then
        planner.Screen.ShouldContain("too easy to guess");
        backend.Accounts.CoordinatorHasPin().ShouldBeFalse();
        planner.Window.Current.ShouldBeOfType<CreateAssociationView>();
    }

    [Fact]
    public void The_Coordinator_Should_Sign_In_With_The_Pin_And_Sign_Out_From_The_Overview()
    {
        // Given
        using var planner = new Headless();
        planner.Backend.Accounts.SetCoordinatorPin("9731", Core.Audit.Actor.Coordinator);
        planner.Window.Welcome();
        planner.Screen.ShouldContain("2. Sign in as the coordinator");

        // When
        planner.Type("2");
        var prompt = planner.Screen;
        planner.Type("9731").Press(Key.Enter);
        var signedIn = planner.Shell.Current.Session.IsCoordinator;
        planner.Type("G").Press(Key.Enter);

        // Then
        prompt.ShouldContain("Sign in: coordinator");
        signedIn.ShouldBeTrue();
        planner.Shell.Current.Session.IsGuest.ShouldBeTrue();
        planner.Window.Current.ShouldBeOfType<WelcomeView>();
        planner.Window.OpenViews.Count.ShouldBe(1);
        planner.Screen.ShouldContain("1. Sign in as a member");
    }

    [Fact]
    public void Browsing_As_A_Guest_Should_Open_The_Businesses_From_The_Overview()
    {
        // Given
        using var planner = new Headless();

        // When
        planner.Type("2"); // browse as a guest
        planner.Type("1"); // businesses

        // Then
        planner.Screen.ShouldContain("CoMarketing › Businesses");
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    [InlineData(60, 20)]
    public void Overview_Should_Show_What_Is_Coming_Up_In_Finnish(int width, int height)
    {
        // Given
        using var planner = new Headless(width: width, height: height, texts: TuiTexts.Finnish);

        // When
        planner.Type("2");
        var lines = planner.Screen.Split('\n');

        // Then
        var screen = string.Join('\n', lines);
        screen.ShouldContain("Jäseniä: 45");
        screen.ShouldContain("Tulossa seuraavien 45 päivän aikana");
        screen.ShouldContain("2. Kirjaudu ulos");
        lines.Take(height).ShouldAllBe(line => line.TrimEnd().Length <= width);
    }

    [Fact]
    public void F1_On_The_Pin_Prompt_Should_List_Its_Keys_And_Any_Key_Should_Return_To_It()
    {
        // Given
        using var planner = new Headless();
        planner.Type("1").Type("/aalto").Press(Key.Enter);

        // When
        planner.Press(Key.F1);
        var help = planner.Screen;
        planner.Press(Key.Space);

        // Then
        help.ShouldContain("Keys: Sign in: Kahvila Aalto");
        help.ShouldContain("Backspace");
        planner.Window.Current.ShouldBeOfType<PinView>();
    }
}
