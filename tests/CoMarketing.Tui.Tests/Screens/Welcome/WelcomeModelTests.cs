using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Screens.Welcome;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Welcome;

public sealed class WelcomeModelTests
{
    private static WelcomeModel Welcome(InMemoryPlannerBackend backend, bool kiosk = true, TuiTexts? texts = null) =>
        new(new PlannerShell(backend, backend.Clock, texts ?? TuiTexts.English, kiosk));

    [Fact]
    public void An_Empty_Database_Should_Offer_The_Demo_Creating_The_Association_And_The_Coordinator()
    {
        // When
        var model = Welcome(InMemoryPlannerBackend.Empty());

        // Then
        model.Entries.Select(e => e.Choice).ShouldBe(
            [WelcomeChoice.LoadDemo, WelcomeChoice.CreateAssociation, WelcomeChoice.Register, WelcomeChoice.BecomeCoordinator]);
        model.Entries[0].Label.ShouldBe("Load the demo association");
        model.Intro.ShouldBe("The database is empty: load the demo or create your association.");
        model.AssociationName.ShouldBe("Yrittäjäyhdistys");
    }

    [Fact]
    public void Without_A_Coordinator_Pin_Sign_In_As_Coordinator_Should_Make_The_First_Person_The_Coordinator()
    {
        // When: the demo is loaded, nobody has chosen the coordinator's PIN
        var model = Welcome(InMemoryPlannerBackend.Demo());

        // Then
        model.Entries.Select(e => e.Choice).ShouldBe(
            [WelcomeChoice.SignInMember, WelcomeChoice.Guest, WelcomeChoice.Register, WelcomeChoice.BecomeCoordinator]);
        var coordinator = model.Entries[^1];
        coordinator.Label.ShouldBe("Sign in as the coordinator");
        coordinator.Description.ShouldContain("become the coordinator");
    }

    [Fact]
    public void With_A_Coordinator_Pin_Sign_In_As_Coordinator_Should_Ask_For_It()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        backend.Accounts.SetCoordinatorPin("9731", Core.Audit.Actor.Coordinator);

        // When
        var model = Welcome(backend);

        // Then
        model.Entries.Select(e => e.Choice).ShouldBe(
            [WelcomeChoice.SignInMember, WelcomeChoice.SignInCoordinator, WelcomeChoice.Guest, WelcomeChoice.Register]);
        model.Entries[1].Label.ShouldBe("Sign in as the coordinator");
    }

    [Fact]
    public void The_Coordinator_Entry_Should_Be_There_In_Every_State()
    {
        // Given
        var withPin = InMemoryPlannerBackend.Empty();
        withPin.Accounts.SetCoordinatorPin("9731", Core.Audit.Actor.Coordinator);

        // When
        var states = new[] { Welcome(InMemoryPlannerBackend.Empty()), Welcome(InMemoryPlannerBackend.Demo()), Welcome(withPin) };

        // Then
        states.ShouldAllBe(model => model.Entries.Any(e => e.Label == "Sign in as the coordinator"));
    }

    [Fact]
    public void Quit_Should_Be_Offered_Only_Outside_The_Kiosk()
    {
        // When
        var kiosk = Welcome(InMemoryPlannerBackend.Demo(), kiosk: true);
        var desk = Welcome(InMemoryPlannerBackend.Demo(), kiosk: false);

        // Then
        kiosk.Entries.ShouldNotContain(e => e.Choice == WelcomeChoice.Quit);
        desk.Entries[^1].Choice.ShouldBe(WelcomeChoice.Quit);
        desk.Entries[^1].Label.ShouldBe("Quit");
    }

    [Fact]
    public void Loading_The_Demo_Should_Fill_The_Database_As_A_Guest()
    {
        // Given
        var backend = InMemoryPlannerBackend.Empty();
        var model = Welcome(backend);

        // When
        var problem = model.LoadDemo();

        // Then
        problem.ShouldBeNull();
        backend.GetBusinesses().Count.ShouldBe(45);
        backend.Writes.ShouldContain(w => w.Operation == "LoadDemo");
    }

    [Fact]
    public void Loading_The_Demo_Over_Members_Should_Be_Refused_In_Words()
    {
        // Given: the welcome screen was built while the database was empty; meanwhile the demo was loaded
        var backend = InMemoryPlannerBackend.Empty();
        var model = Welcome(backend);
        Welcome(backend).LoadDemo();

        // When
        var problem = model.LoadDemo();

        // Then
        problem.ShouldNotBeNullOrWhiteSpace();
        backend.Writes.Count(w => w.Operation == "LoadDemo").ShouldBe(1);
    }

    [Fact]
    public void Finnish_Should_Name_Every_Entry_In_Finnish()
    {
        // When
        var model = Welcome(InMemoryPlannerBackend.Demo(), kiosk: false, TuiTexts.Finnish);

        // Then
        model.Entries.Select(e => e.Label).ShouldBe(
            ["Kirjaudu jäsenenä", "Selaa vieraana", "Rekisteröi uusi yritys", "Kirjaudu koordinaattorina", "Lopeta"]);
    }
}
