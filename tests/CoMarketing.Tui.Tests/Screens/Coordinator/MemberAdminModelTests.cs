using CoMarketing.Core.Audit;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

public sealed class MemberAdminModelTests
{
    private readonly HelsinkiClock _clock = new();
    private readonly InMemoryPlannerBackend _backend;
    private readonly long _cafe;

    public MemberAdminModelTests()
    {
        _backend = InMemoryPlannerBackend.Demo(_clock);
        _cafe = _backend.Named("Kahvila Aalto").Id;
    }

    private MemberAdminModel Open(string name = "Kahvila Aalto")
    {
        var model = new MemberAdminModel(new PlannerService(_backend, Session.Coordinator, TuiTexts.Finnish), _clock);
        model.Selected = model.Members.ToList().FindIndex(m => m.Business.Name == name);
        return model;
    }

    [Fact]
    public void The_Coordinator_Should_Reset_A_Members_Pin_Typed_Twice()
    {
        // Given
        var model = Open();

        // When
        model.NewPin = "2580";
        model.RepeatPin = "2580";
        var done = model.ResetPin();

        // Then
        done.ShouldBeTrue();
        _backend.Accounts.PinOf(_cafe).ShouldBe("2580");
        _backend.Accounts.Writes.ShouldHaveSingleItem().ShouldBe(new BackendWrite("SetMemberPin", Actor.Coordinator, _cafe));
        model.Message.ShouldBe(ToolMessage.Done("Uusi PIN-koodi asetettu: Kahvila Aalto."));
        model.NewPin.ShouldBeEmpty();
        model.Current!.Business.Id.ShouldBe(_cafe);
    }

    [Theory]
    [InlineData("1234", "1234", MemberAdminModel.NewPinField, "Peräkkäin nousevat tai laskevat numerot (kuten 1234 tai 4321) ovat liian helppo arvata; valitse toinen PIN-koodi.")]
    [InlineData("12", "12", MemberAdminModel.NewPinField, "PIN-koodissa pitää olla 4–8 numeroa; tässä on 2.")]
    [InlineData("2580", "2581", MemberAdminModel.RepeatPinField, "PIN-koodit eroavat toisistaan.")]
    public void A_Bad_New_Pin_Should_Be_Shown_At_Its_Field_And_Not_Saved(string pin, string repeat, string field, string message)
    {
        var model = Open();
        model.NewPin = pin;
        model.RepeatPin = repeat;

        model.ResetPin().ShouldBeFalse();

        model.Errors.ShouldBe(new Dictionary<string, string> { [field] = message });
        _backend.Accounts.Writes.ShouldBeEmpty();
    }

    [Fact]
    public void A_Locked_Member_Should_Show_Its_Lock_In_Local_Time_And_Be_Unlocked_Keeping_Its_Pin()
    {
        // Given: locked until 12.30 Finnish time (10.30 UTC)
        _backend.Accounts.SetMemberPin(_cafe, "2580", Actor.Coordinator);
        _backend.Accounts.Writes.Clear();
        _backend.Accounts.Lock(_cafe, new DateTimeOffset(2027, 3, 1, 10, 30, 0, TimeSpan.Zero));
        var model = Open();
        var line = model.Describe(model.Current!);

        // When
        var done = model.Unlock();

        // Then
        line.ShouldBe("Kahvila Aalto — lukittu klo 12.30 asti");
        done.ShouldBeTrue();
        model.Describe(model.Current!).ShouldBe("Kahvila Aalto");
        _backend.Kiosk.SignInMember(_cafe, "2580").Succeeded.ShouldBeTrue();
        _backend.Accounts.Writes.ShouldHaveSingleItem().ShouldBe(new BackendWrite("UnlockMember", Actor.Coordinator, _cafe));
    }

    [Fact]
    public void Unlocking_A_Member_That_Is_Not_Locked_Should_Say_So_And_Write_Nothing()
    {
        _backend.Accounts.SetMemberPin(_cafe, "2580", Actor.Coordinator);
        _backend.Accounts.Writes.Clear();
        var model = Open();

        model.Unlock().ShouldBeFalse();

        model.Message.ShouldBe(ToolMessage.Error("Kahvila Aalto ei ole lukittuna."));
        _backend.Accounts.Writes.ShouldBeEmpty();
    }

    [Fact]
    public void Archive_And_Restore_Should_Each_Be_One_Audited_Change()
    {
        // Given
        var model = Open();

        // When
        model.Archive().ShouldBeTrue();
        var archivedLine = model.Describe(model.Current!);
        var listedWhileArchived = _backend.GetBusinesses().Any(b => b.Id == _cafe);
        model.Restore().ShouldBeTrue();

        // Then
        archivedLine.ShouldBe("Kahvila Aalto — arkistoitu");
        listedWhileArchived.ShouldBeFalse();
        _backend.GetBusinesses().ShouldContain(b => b.Id == _cafe);
        _backend.Writes.Select(w => (w.Operation, w.Actor, w.Id)).ShouldBe([("ArchiveBusiness", Actor.Coordinator, (long?)_cafe), ("RestoreBusiness", Actor.Coordinator, _cafe)]);
        model.Message.ShouldBe(ToolMessage.Done("Kahvila Aalto palautettu."));
    }

    [Fact]
    public void Restoring_An_Active_Member_Or_Resetting_An_Archived_Ones_Pin_Should_Be_Refused()
    {
        var model = Open();
        model.Restore().ShouldBeFalse();
        model.Message.ShouldBe(ToolMessage.Error("Kahvila Aalto ei ole arkistoitu."));

        model.Archive();
        model.NewPin = model.RepeatPin = "2580";
        model.ResetPin().ShouldBeFalse();
        model.Message.ShouldBe(ToolMessage.Error("Kahvila Aalto on arkistoitu: palauta se ennen PIN-koodin asettamista."));
        _backend.Accounts.Writes.ShouldBeEmpty();
    }

    [Fact]
    public void An_Action_Without_A_Chosen_Member_Should_Ask_For_One()
    {
        var model = Open();
        model.Selected = -1;

        model.Archive().ShouldBeFalse();

        model.Message.ShouldBe(ToolMessage.Error("Valitse ensin jäsen."));
        _backend.Writes.ShouldBeEmpty();
    }
}
