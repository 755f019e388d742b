using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Overview;
using CoMarketing.Tui.Screens.SignIn;
using CoMarketing.Tui.Tests.Application;
using CoMarketing.Tui.Tests.Support;

namespace CoMarketing.Tui.Tests.Screens.Shell;

public sealed class WelcomeAndSignInTests
{
    [Fact]
    public void Welcome_On_An_Empty_Database_Should_Offer_The_Demo_And_Creating_The_Association()
    {
        // Given
        var driver = new ShellDriver(InMemoryPlannerBackend.Empty());

        // When
        var frame = driver.Frame();

        // Then
        frame.ShouldContain("CoMarketing › Yrittäjäyhdistys");
        frame.ShouldContain("1. Load the demo association");
        frame.ShouldContain("2. Create the association");
        frame.ShouldNotContain("Sign in as a member");
        frame.ShouldNotContain("Quit");
    }

    [Fact]
    public void Loading_The_Demo_Should_Land_On_The_Overview_As_A_Guest()
    {
        // Given
        var driver = new ShellDriver(InMemoryPlannerBackend.Empty());

        // When
        driver.Press("Enter");

        // Then
        driver.Current.ShouldBeOfType<OverviewScreen>();
        var frame = driver.Frame();
        frame.ShouldContain("Napapiirin Yrittäjät ry");
        frame.ShouldContain("Members: 45");
        frame.ShouldContain("Campaigns: 3 (1 draft, 0 planned, 1 running, 1 finished)");
        frame.Split('\n')[0].TrimEnd().ShouldEndWith("guest");
        driver.Backend.Writes.ShouldContain(w => w.Operation == "LoadDemo");
    }

    [Fact]
    public void A_Member_Should_Pick_The_Business_Type_A_Masked_Pin_And_Be_Signed_In()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var cafe = backend.Named("Kahvila Aalto");
        backend.Accounts.SetMemberPin(cafe.Id, "2468", Core.Audit.Actor.Coordinator);
        var driver = new ShellDriver(backend);

        // When
        driver.Press("1 / 'aalto' Enter '2468'");
        var typing = driver.Frame();
        driver.Press("Enter");

        // Then
        typing.ShouldContain("PIN: ••••");
        typing.ShouldNotContain("2468");
        driver.Current.ShouldBeOfType<OverviewScreen>();
        driver.Shell.Current.Session.ShouldBe(Session.Member(cafe.Id));
        var frame = driver.Frame();
        frame.Split('\n')[0].TrimEnd().ShouldEndWith("Kahvila Aalto");
        frame.ShouldContain("2. My business");
        frame.ShouldContain("Signed in: Kahvila Aalto.");
    }

    [Fact]
    public void Wrong_Pins_Should_Slow_Sign_In_Down_And_Refuse_Attempts_During_The_Pause()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var cafe = backend.Named("Kahvila Aalto");
        backend.Accounts.SetMemberPin(cafe.Id, "2468", Core.Audit.Actor.Coordinator);
        var driver = new ShellDriver(backend).Press("1 / 'aalto' Enter");

        // When
        driver.Press("'1111' Enter");
        var first = driver.Frame();
        driver.Press("'1111' Enter '1111' Enter");
        var third = driver.Frame();
        driver.Press("'2468' Enter");
        var refused = driver.Frame();

        // Then
        first.ShouldContain("Wrong PIN. 2 attempts left before a pause.");
        third.ShouldContain("Wrong PIN. Wait 30 s before the next attempt.");
        third.ShouldContain("Next attempt at");
        refused.ShouldContain("Too soon: wait 30 s");
        driver.Current.ShouldBeOfType<PinScreen>();
        backend.Accounts.Attempts.Count.ShouldBe(3);
    }

    [Fact]
    public void The_Right_Pin_After_The_Pause_Should_Sign_In()
    {
        // Given
        var clock = new ManualTimeProvider();
        var backend = InMemoryPlannerBackend.Demo(clock);
        var cafe = backend.Named("Kahvila Aalto");
        backend.Accounts.SetMemberPin(cafe.Id, "2468", Core.Audit.Actor.Coordinator);
        var driver = new ShellDriver(backend).Press("1 / 'aalto' Enter '1111' Enter '1111' Enter '1111' Enter");

        // When
        clock.Advance(TimeSpan.FromSeconds(31));
        driver.Press("'2468' Enter");

        // Then
        driver.Current.ShouldBeOfType<OverviewScreen>();
    }

    [Fact]
    public void A_Locked_Account_Should_Say_Until_When()
    {
        // Given
        var clock = new ManualTimeProvider();
        var backend = InMemoryPlannerBackend.Demo(clock);
        var cafe = backend.Named("Kahvila Aalto");
        backend.Accounts.SetMemberPin(cafe.Id, "2468", Core.Audit.Actor.Coordinator);
        backend.Accounts.Enqueue(new SignInResult(SignInOutcome.Locked, clock.GetUtcNow().AddMinutes(15)));
        var driver = new ShellDriver(backend).Press("1 / 'aalto' Enter");

        // When
        driver.Press("'2468' Enter");

        // Then
        var expected = TimeZoneInfo.ConvertTime(clock.GetUtcNow().AddMinutes(15), clock.LocalTimeZone).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        driver.Frame().ShouldContain($"Too many wrong PINs: sign-in is locked until {expected}.");
        driver.Current.ShouldBeOfType<PinScreen>();
    }

    [Fact]
    public void A_Business_Without_A_Pin_Should_Be_Told_To_Ask_The_Coordinator()
    {
        // Given
        var driver = new ShellDriver(InMemoryPlannerBackend.Demo()).Press("1 / 'kuura' Enter");

        // When
        driver.Press("'1234' Enter");

        // Then
        driver.Frame().ShouldContain("No PIN has been set for this account; ask the coordinator.");
    }

    [Fact]
    public void Signing_Out_Should_Return_To_The_Welcome_Screen_As_A_Guest()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        backend.Accounts.SetCoordinatorPin("9999", Core.Audit.Actor.Coordinator);
        var driver = new ShellDriver(backend).Press("2 '9999' Enter");
        driver.Shell.Current.Session.IsCoordinator.ShouldBeTrue();

        // When
        driver.Press("G Enter");

        // Then
        driver.Shell.Current.Session.IsGuest.ShouldBeTrue();
        driver.Frame().ShouldContain("1. Sign in as a member");
        driver.Navigator.Depth.ShouldBe(1);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Overview_Should_Show_What_Is_Coming_Up_In_Finnish(int width, int height)
    {
        // Given
        var driver = new ShellDriver(InMemoryPlannerBackend.Demo(), TuiTexts.Finnish).Press("2");

        // When
        var frame = driver.Frame(width, height);

        // Then
        frame.ShouldContain("Jäseniä: 45");
        frame.ShouldContain("Tulossa seuraavien 45 päivän aikana");
        frame.ShouldContain("Kirjaudu ulos");
        frame.Split('\n').Length.ShouldBe(height);
        frame.Split('\n').ShouldAllBe(line => line.Length <= width);
    }
}
