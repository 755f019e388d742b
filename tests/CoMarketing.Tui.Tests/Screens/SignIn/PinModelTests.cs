using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Screens.SignIn;
using CoMarketing.Tui.Tests.Application;
using CoMarketing.Tui.Tests.Support;

namespace CoMarketing.Tui.Tests.Screens.SignIn;

public sealed class PinModelTests
{
    private static (PinModel Model, PlannerShell Shell, InMemoryPlannerBackend Backend, long Cafe) Cafe(ManualTimeProvider? clock = null)
    {
        var backend = InMemoryPlannerBackend.Demo(clock ?? new ManualTimeProvider());
        var cafe = backend.Named("Kahvila Aalto");
        backend.Accounts.SetMemberPin(cafe.Id, "2468", Core.Audit.Actor.Coordinator);
        var shell = new PlannerShell(backend, backend.Clock, TuiTexts.English, kiosk: true);
        return (PinModel.ForMember(shell, cafe), shell, backend, cafe.Id);
    }

    [Fact]
    public void The_Right_Pin_Should_Sign_The_Member_In()
    {
        // Given
        var (model, shell, _, cafe) = Cafe();

        // When
        var message = model.Submit("2468");

        // Then
        message.ShouldBe("Signed in: Kahvila Aalto.");
        shell.Current.Session.ShouldBe(Session.Member(cafe));
        model.Title.ShouldBe("Sign in: Kahvila Aalto");
    }

    [Fact]
    public void Wrong_Pins_Should_Slow_Sign_In_Down_And_Refuse_Attempts_During_The_Pause()
    {
        // Given
        var (model, shell, backend, _) = Cafe();

        // When
        model.Submit("1111");
        var first = model.Problem;
        model.Submit("1111");
        model.Submit("1111");
        var third = model.Problem;
        var next = model.NextAttempt;
        model.Submit("2468").ShouldBeNull();

        // Then
        first.ShouldBe("Wrong PIN. 2 attempts left before a pause.");
        third.ShouldBe("Wrong PIN. Wait 30 s before the next attempt.");
        next.ShouldNotBeNull().ShouldStartWith("Next attempt at ");
        model.Problem.ShouldNotBeNull().ShouldStartWith("Too soon: wait 30 s");
        shell.Current.Session.IsGuest.ShouldBeTrue();
        backend.Accounts.Attempts.Count.ShouldBe(3);
    }

    [Fact]
    public void The_Right_Pin_After_The_Pause_Should_Sign_In()
    {
        // Given
        var clock = new ManualTimeProvider();
        var (model, shell, _, cafe) = Cafe(clock);
        model.Submit("1111");
        model.Submit("1111");
        model.Submit("1111");

        // When
        clock.Advance(TimeSpan.FromSeconds(31));
        var message = model.Submit("2468");

        // Then
        message.ShouldNotBeNull();
        shell.Current.Session.ShouldBe(Session.Member(cafe));
    }

    [Fact]
    public void A_Locked_Account_Should_Say_Until_When()
    {
        // Given
        var clock = new ManualTimeProvider();
        var (model, _, backend, _) = Cafe(clock);
        backend.Accounts.Enqueue(new SignInResult(SignInOutcome.Locked, clock.GetUtcNow().AddMinutes(15)));

        // When
        model.Submit("2468").ShouldBeNull();

        // Then
        var expected = TimeZoneInfo.ConvertTime(clock.GetUtcNow().AddMinutes(15), clock.LocalTimeZone).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        model.Problem.ShouldBe($"Too many wrong PINs: sign-in is locked until {expected}.");
    }

    [Fact]
    public void A_Business_Without_A_Pin_Should_Be_Told_To_Ask_The_Coordinator()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var shell = new PlannerShell(backend, backend.Clock, TuiTexts.English, kiosk: true);
        var model = PinModel.ForMember(shell, backend.Named("Kahvila Kuura"));

        // When
        model.Submit("1234");

        // Then
        model.Problem.ShouldBe("No PIN has been set for this account; ask the coordinator.");
    }

    [Theory]
    [InlineData("12")]
    [InlineData("123456789")]
    [InlineData("12a4")]
    public void A_Malformed_Pin_Should_Not_Count_As_An_Attempt(string pin)
    {
        // Given
        var (model, _, backend, _) = Cafe();

        // When
        model.Submit(pin).ShouldBeNull();

        // Then
        model.Problem.ShouldBe("A PIN has 4–8 digits.");
        backend.Accounts.Attempts.ShouldBeEmpty();
    }

    [Fact]
    public void The_Coordinator_Should_Sign_In_With_The_Coordinator_Pin()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        backend.Accounts.SetCoordinatorPin("9731", Core.Audit.Actor.Coordinator);
        var shell = new PlannerShell(backend, backend.Clock, TuiTexts.English, kiosk: true);
        var model = PinModel.ForCoordinator(shell);

        // When
        var message = model.Submit("9731");

        // Then
        message.ShouldBe("Signed in: coordinator.");
        model.Title.ShouldBe("Sign in: coordinator");
        shell.Current.Session.IsCoordinator.ShouldBeTrue();
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("12345678", true)]
    [InlineData("123456789", false)]
    [InlineData("12a", false)]
    public void The_Field_Should_Take_Digits_Only_And_At_Most_Eight(string text, bool accepted)
    {
        // Then
        PinModel.Accepts(text).ShouldBe(accepted);
    }
}
