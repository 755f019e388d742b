using CoMarketing.Core.Audit;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Account;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Account;

public sealed class ClaimCoordinatorModelTests
{
    [Fact]
    public void After_Loading_The_Demo_The_First_Person_To_Choose_A_Pin_Should_Become_Coordinator()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var model = new ClaimCoordinatorModel(new PlannerService(backend, Session.Guest, TuiTexts.Finnish));
        var openBefore = model.IsOpen;

        // When
        model.New = model.Repeat = "470815";
        var coordinator = model.Claim();

        // Then
        openBefore.ShouldBeTrue();
        coordinator.ShouldNotBeNull().Session.ShouldBe(Session.Coordinator);
        model.IsOpen.ShouldBeFalse();
        model.Message.ShouldBe(ToolMessage.Done("Olet nyt koordinaattori."));
        backend.Accounts.Writes.ShouldHaveSingleItem().ShouldBe(new BackendWrite("SetCoordinatorPin", Actor.Guest));
    }

    [Fact]
    public void A_Second_Claim_Should_Be_Refused_Whatever_It_Types()
    {
        var backend = InMemoryPlannerBackend.Demo();
        backend.Accounts.SetCoordinatorPin("470815", Actor.Guest);
        var model = new ClaimCoordinatorModel(new PlannerService(backend, Session.Guest));

        model.New = model.Repeat = "112358";

        model.Claim().ShouldBeNull();
        model.Message.ShouldBe(ToolMessage.Error("The association already has a coordinator; sign in with the coordinator's PIN."));
        backend.Kiosk.SignInCoordinator("470815").Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Different_Pins_Should_Be_Shown_At_The_Second_Field()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var model = new ClaimCoordinatorModel(new PlannerService(backend, Session.Guest));
        model.New = "470815";
        model.Repeat = "470816";

        model.Claim().ShouldBeNull();

        model.Errors.ShouldBe(new Dictionary<string, string> { [ClaimCoordinatorModel.RepeatField] = "The two PINs differ." });
        backend.Accounts.Writes.ShouldBeEmpty();
    }
}
