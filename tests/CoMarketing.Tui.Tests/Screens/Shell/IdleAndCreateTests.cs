using CoMarketing.Tui.Application;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Screens.Overview;
using CoMarketing.Tui.Tests.Application;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Tests.Screens.Shell;

public sealed class IdleAndCreateTests
{
    private sealed record DraftScreen(string? Key, string? Content) : IScreen, IHasDraft
    {
        public string? DraftKey => Key;

        public string? SerializeDraft() => Content;

        public string GetTitle(ScreenContext context) => "Form";

        public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context) => [];

        public ScreenResult Handle(KeyPress key, ScreenContext context) => ScreenResult.Unhandled(this);

        public IRenderable Render(ScreenContext context) => Text.Empty;
    }

    [Fact]
    public void Idle_Should_Keep_Unsaved_Forms_As_Drafts_Of_The_Member_And_Return_To_Welcome()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var cafe = backend.Named("Kahvila Aalto");
        var driver = new ShellDriver(backend);
        driver.Shell.SignIn(Session.Member(cafe.Id));
        driver.Navigator.Run(ScreenCommand.ResetTo(OverviewScreen.Create(driver.Shell)));
        driver.Navigator.Run(ScreenCommand.Push(new DraftScreen("business-editor:1", "{\"name\":\"Kahvila Aalto & co\"}")));
        driver.Navigator.Run(ScreenCommand.Push(new DraftScreen("unchanged", null)));

        // When
        foreach (var command in driver.Shell.OnIdle(driver.Navigator))
        {
            driver.Navigator.Run(command);
        }

        // Then
        backend.DraftStore.All.ShouldBe(new Dictionary<(long?, string), string>
        {
            [(cafe.Id, "business-editor:1")] = "{\"name\":\"Kahvila Aalto & co\"}",
        });
        driver.Shell.Current.Session.IsGuest.ShouldBeTrue();
        driver.Navigator.Depth.ShouldBe(1);
        driver.Frame().ShouldContain("1. Sign in as a member");
    }

    [Fact]
    public void Idle_Time_Should_Be_The_Association_Setting()
    {
        // Given
        var driver = new ShellDriver(InMemoryPlannerBackend.Demo());

        // Then
        driver.Shell.IdleTimeout.ShouldBe(TimeSpan.FromMinutes(3));
    }

    [Fact]
    public void Creating_The_Association_Should_Save_It_Set_The_Coordinator_Pin_And_Sign_In()
    {
        // Given
        var backend = InMemoryPlannerBackend.Empty();
        var driver = new ShellDriver(backend).Press("2");

        // When
        driver.Press("C-u 'Kemin Yrittäjät ry' Tab C-u '20 500' Enter '4731' Tab '4731' Enter");

        // Then
        backend.GetAssociation().Name.ShouldBe("Kemin Yrittäjät ry");
        backend.GetAssociation().Population.ShouldBe(20500);
        backend.Accounts.CoordinatorHasPin().ShouldBeTrue();
        driver.Shell.Current.Session.IsCoordinator.ShouldBeTrue();
        driver.Current.ShouldBeOfType<OverviewScreen>();
        driver.Frame().ShouldContain("Kemin Yrittäjät ry was created; you are signed in as the coordinator.");
    }

    [Fact]
    public void Quit_Should_Be_Offered_Only_Outside_The_Kiosk()
    {
        // When
        var kiosk = new ShellDriver(InMemoryPlannerBackend.Demo(), kiosk: true).Frame();
        var desk = new ShellDriver(InMemoryPlannerBackend.Demo(), kiosk: false).Frame();

        // Then
        kiosk.ShouldNotContain("Quit");
        desk.ShouldContain("5. Quit"); // after "4. Sign in as the coordinator" (no coordinator PIN yet)
    }
}
