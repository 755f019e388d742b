using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Screens.Welcome;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Welcome;

public sealed class CreateAssociationModelTests
{
    private static (CreateAssociationModel Model, PlannerShell Shell, InMemoryPlannerBackend Backend) Open(TuiTexts? texts = null)
    {
        var backend = InMemoryPlannerBackend.Empty();
        var shell = new PlannerShell(backend, backend.Clock, texts ?? TuiTexts.English, kiosk: true);
        return (new CreateAssociationModel(shell), shell, backend);
    }

    [Fact]
    public void Creating_The_Association_Should_Save_It_Set_The_Coordinator_Pin_And_Sign_In()
    {
        // Given
        var (model, shell, backend) = Open();
        model.Name = "Kemin Yrittäjät ry";
        model.Population = "20 500";
        model.Pin = "4731";
        model.Repeat = "4731";

        // When
        var message = model.Save();

        // Then
        message.ShouldBe("Kemin Yrittäjät ry was created; you are signed in as the coordinator.");
        backend.GetAssociation().Name.ShouldBe("Kemin Yrittäjät ry");
        backend.GetAssociation().Population.ShouldBe(20500);
        backend.Accounts.CoordinatorHasPin().ShouldBeTrue();
        shell.Current.Session.IsCoordinator.ShouldBeTrue();
    }

    [Fact]
    public void Every_Wrong_Field_Should_Be_Named_And_Nothing_Saved()
    {
        // Given
        var (model, shell, backend) = Open();
        model.Name = "  ";
        model.Population = "lots";
        model.Pin = "12";

        // When
        var message = model.Save();

        // Then
        message.ShouldBeNull();
        model.Errors[CreateAssociationModel.NameField].ShouldBe("Type the association's name.");
        model.Errors[CreateAssociationModel.PopulationField].ShouldBe("Type the population as a whole number above zero, e.g. 65500.");
        model.Errors[CreateAssociationModel.PinField].ShouldBe("A PIN must be 4–8 digits long; this one has 2.");
        backend.Accounts.CoordinatorHasPin().ShouldBeFalse();
        backend.Writes.ShouldBeEmpty();
        shell.Current.Session.IsGuest.ShouldBeTrue();
        model.Pin.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("1111", "4731", "A PIN of one repeated digit (like 1111) is too easy to guess; choose another.")]
    [InlineData("1234", "4731", "Digits counting up or down (like 1234 or 4321) are too easy to guess; choose another PIN.")]
    public void A_Trivially_Weak_Pin_Should_Be_Refused(string pin, string _, string expected)
    {
        // Given
        var (model, _, backend) = Open();
        model.Pin = pin;
        model.Repeat = pin;

        // When
        model.Save().ShouldBeNull();

        // Then
        model.Errors[CreateAssociationModel.PinField].ShouldBe(expected);
        backend.Accounts.CoordinatorHasPin().ShouldBeFalse();
    }

    [Fact]
    public void Two_Different_Pins_Should_Be_Refused_In_Finnish()
    {
        // Given
        var (model, _, backend) = Open(TuiTexts.Finnish);
        model.Pin = "4731";
        model.Repeat = "4732";

        // When
        model.Save().ShouldBeNull();

        // Then
        model.Errors[CreateAssociationModel.RepeatField].ShouldBe("PIN-koodit eroavat; kirjoita sama koodi kahdesti.");
        backend.Accounts.CoordinatorHasPin().ShouldBeFalse();
    }
}
