using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Account;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;
using CoMarketing.Tui.Tests.Screens.Coordinator;

namespace CoMarketing.Tui.Tests.Screens.Account;

public sealed class ChangePinModelTests
{
    private readonly HelsinkiClock _clock = new();
    private readonly InMemoryPlannerBackend _backend;
    private readonly long _cafe;
    private readonly ChangePinModel _model;

    public ChangePinModelTests()
    {
        _backend = InMemoryPlannerBackend.Demo(_clock);
        _cafe = _backend.Named("Kahvila Aalto").Id;
        _backend.Accounts.SetMemberPin(_cafe, "2580", Actor.Coordinator);
        _backend.Accounts.Writes.Clear();
        _model = new ChangePinModel(new PlannerService(_backend, Session.Member(_cafe), TuiTexts.Finnish), _clock);
    }

    [Fact]
    public void A_Member_Should_Change_Its_Pin_With_The_Old_One()
    {
        _model.Current = "2580";
        _model.New = _model.Repeat = "3691";

        _model.Save().ShouldBeTrue();

        _backend.Accounts.PinOf(_cafe).ShouldBe("3691");
        _backend.Accounts.Writes.ShouldHaveSingleItem().ShouldBe(new BackendWrite("ChangeMemberPin", Actor.Member(_cafe), _cafe));
        _model.Message.ShouldBe(ToolMessage.Done("PIN-koodisi vaihdettiin."));
        (_model.Current, _model.New, _model.Repeat).ShouldBe((string.Empty, string.Empty, string.Empty));
    }

    [Fact]
    public void A_Wrong_Old_Pin_Should_Be_Shown_At_Its_Field_With_The_Attempts_Left()
    {
        _model.Current = "9999";
        _model.New = _model.Repeat = "3691";

        _model.Save().ShouldBeFalse();

        _model.Errors.ShouldBe(new Dictionary<string, string> { [ChangePinModel.CurrentField] = "Väärä PIN-koodi. Yrityksiä ennen lukitusta: 2." });
        _backend.Accounts.PinOf(_cafe).ShouldBe("2580");
        _model.New.ShouldBe("3691");
    }

    [Fact]
    public void A_Paused_Account_Should_Say_Until_When_In_Local_Time()
    {
        // Given: three wrong PINs start a 30 s pause (09:00:30 UTC = 11.00.30 in Helsinki)
        _model.New = _model.Repeat = "3691";
        for (var i = 0; i < 3; i++)
        {
            _model.Current = "9999";
            _model.Save();
        }

        // When
        _model.Current = "2580";
        _model.Save().ShouldBeFalse();

        // Then
        _model.Errors[ChangePinModel.CurrentField].ShouldBe("Odota klo 11.00.30 asti ennen seuraavaa yritystä.");
        _backend.Accounts.PinOf(_cafe).ShouldBe("2580");
    }

    [Fact]
    public void Every_Field_Should_Show_Its_Own_Problem_Before_The_Old_Pin_Is_Tried()
    {
        _model.Current = "";
        _model.New = "0000";
        _model.Repeat = "0000";

        _model.Save().ShouldBeFalse();

        _model.Errors.Keys.Order().ShouldBe([ChangePinModel.CurrentField, ChangePinModel.NewField]);
        _model.Errors[ChangePinModel.NewField].ShouldBe("Yhtä numeroa toistava PIN-koodi (kuten 1111) on liian helppo arvata; valitse toinen.");
        _backend.Accounts.Attempts.ShouldBeEmpty();
    }

    [Fact]
    public void The_Coordinator_And_A_Guest_Should_Have_No_Own_Member_Pin_To_Change()
    {
        Should.Throw<DomainException>(() => new ChangePinModel(new PlannerService(_backend, Session.Coordinator), _clock));
        Should.Throw<DomainException>(() => new ChangePinModel(new PlannerService(_backend, Session.Guest), _clock))
            .Message.ShouldBe("Sign in as a member to change your PIN.");
    }
}
