using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Screens.Pickers;
using CoMarketing.Tui.Screens.Register;
using CoMarketing.Tui.Tests.Application;
using CoMarketing.Tui.Tests.Shell;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Screens.Register;

[Collection(TerminalCollection.Name)]
public sealed class RegisterTests
{
    private static RegisterView Open(Headless planner)
    {
        planner.Window.OpenArea("MenuRegister");
        return planner.Window.Current.ShouldBeOfType<RegisterView>();
    }

    private static RegisterModel Model(InMemoryPlannerBackend backend, TuiTexts? texts = null) =>
        new(new PlannerShell(backend, backend.Clock, texts ?? TuiTexts.English, kiosk: true));

    [Fact]
    public void Registering_Should_Save_The_Business_With_Its_Y_Tunnus_Set_Its_Pin_And_Sign_It_In()
    {
        // Given
        using var planner = new Headless();
        var form = Open(planner);

        // When: name, Y-tunnus, industry (Finnish plural), municipality, customers, PIN twice
        planner.Type("Säätiö Öljymäki");
        planner.Press(Key.Tab);
        planner.Type("2077474-0");
        planner.Press(Key.Tab);
        planner.Type("kahvilat");
        planner.Press(Key.Enter, Key.Tab);
        planner.Type("rovaniemi");
        planner.Press(Key.Enter, Key.Tab, Key.CursorRight, Key.CursorRight, Key.Tab);
        planner.Type("1357");
        var masked = planner.Screen;
        planner.Press(Key.Tab);
        planner.Type("1357");
        planner.Press(Key.Enter);

        // Then
        masked.ShouldNotContain("1357");
        var added = planner.Backend.GetBusinesses().Single(b => b.Name == "Säätiö Öljymäki");
        added.BusinessId!.Value.Value.ShouldBe("2077474-0");
        added.Industry.Code.ShouldBe("56302");
        added.Municipality.Value.ShouldBe("698");
        added.CustomerType.ShouldBe(CustomerType.Both);
        planner.Backend.Writes.ShouldContain(new BackendWrite("AddBusiness", Actor.Guest, added.Id, "Säätiö Öljymäki"));
        planner.Backend.Accounts.Writes.ShouldContain(new BackendWrite("SetMemberPin", Actor.Member(added.Id), added.Id));
        planner.Shell.Current.Session.ShouldBe(Session.Member(added.Id));
        planner.Window.Current.ShouldNotBeSameAs(form);
        planner.Screen.ShouldContain("Säätiö Öljymäki is now a member. Welcome!");
    }

    [Fact]
    public void Registration_Should_Use_The_Editors_Pickers()
    {
        // Given
        using var planner = new Headless();

        // When
        var form = Open(planner);

        // Then
        form.Row(FieldNames.Industry).Input.ShouldBeOfType<PickerView>();
        form.Row(FieldNames.Municipality).Input.ShouldBeOfType<PickerView>();
        form.Row(FieldNames.CustomerType).Input.ShouldBeOfType<ChoiceView>();
    }

    [Fact]
    public void A_Wrong_Y_Tunnus_A_Taken_Name_And_Missing_Picks_Should_Say_What_Is_Wrong_And_Save_Nothing()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var form = Model(backend);
        form.Set(FieldNames.Name, "kahvila aalto");
        form.Set(FieldNames.BusinessId, "2077474-1");
        form.Pin = form.PinAgain = "1357";

        // When
        var registered = form.Register();

        // Then
        registered.ShouldBeNull();
        form.Fields[FieldNames.Name].Error.ShouldBe("“kahvila aalto” is already a member.");
        form.Fields[FieldNames.BusinessId].Error.ShouldBe("The check digit does not match; check the business ID.");
        form.Fields[FieldNames.Industry].Error.ShouldNotBeNull();
        form.Fields[FieldNames.Municipality].Error.ShouldNotBeNull();
        backend.Writes.ShouldBeEmpty();
        backend.Accounts.Writes.ShouldBeEmpty();
    }

    [Fact]
    public void The_Y_Tunnus_Message_Should_Be_In_Finnish_In_A_Finnish_Planner()
    {
        // Given
        var form = Model(InMemoryPlannerBackend.Demo(), TuiTexts.Finnish);

        // When
        form.Set(FieldNames.BusinessId, "2077474-1");

        // Then
        form.Fields[FieldNames.BusinessId].Error.ShouldBe("Tarkistenumero ei täsmää; tarkista Y-tunnus.");
    }

    [Theory]
    [InlineData("1357", "7531", null, "The two PINs differ; type the same PIN twice.")]
    [InlineData("1111", "1111", "pin", null)]
    [InlineData("12", "12", "pin", null)]
    public void A_Weak_Short_Or_Repeated_Differently_Pin_Should_Save_Nothing(string pin, string again, string? pinError, string? againError)
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var form = Model(backend);
        form.Set(FieldNames.Name, "Uusi Oy");
        form.Set(FieldNames.Industry, "56302");
        form.Set(FieldNames.Municipality, "240");
        form.Pin = pin;
        form.PinAgain = again;

        // When
        var registered = form.Register();

        // Then
        registered.ShouldBeNull();
        backend.Writes.ShouldBeEmpty();
        (form.PinErrors.GetValueOrDefault(RegisterModel.PinField) is not null).ShouldBe(pinError is not null);
        form.PinErrors.GetValueOrDefault(RegisterModel.PinAgainField).ShouldBe(againError);
        form.Pin.ShouldBeEmpty();
    }

    [Fact]
    public void A_Registration_In_Progress_Should_Be_Kept_At_The_Idle_Return_And_Offered_Back()
    {
        // Given: a guest half-way through registering
        using var planner = new Headless();
        Open(planner);
        planner.Type("Puolivalmis Oy");
        planner.Press(Key.Tab, Key.Tab);
        planner.Type("parturit");
        planner.Press(Key.Enter);

        // When: the kiosk returns to the welcome screen, and registration is opened again
        planner.Advance(planner.Shell.IdleTimeout + TimeSpan.FromSeconds(1));
        var again = Open(planner);
        var offer = planner.Screen;
        planner.Type("y");

        // Then
        offer.ShouldContain("Continue with the unsaved changes kept from last time?");
        again.Model.Fields[FieldNames.Name].Value.ShouldBe("Puolivalmis Oy");
        again.Model.Fields[FieldNames.Industry].Value.ShouldBe("96021");
        planner.Screen.ShouldContain("Puolivalmis Oy");
        planner.Screen.ShouldContain("Barbers (96021)");
    }

    [Fact]
    public void Esc_With_Typed_Input_Should_Ask_Before_Leaving()
    {
        // Given
        using var planner = new Headless();
        var form = Open(planner);
        planner.Type("Uusi Oy");

        // When
        planner.Press(Key.Esc);
        var asking = planner.Screen;
        planner.Type("n");

        // Then
        asking.ShouldContain("Leave without saving?");
        planner.Window.Current.ShouldBeSameAs(form);

        // When
        planner.Press(Key.Esc);
        planner.Type("y");

        // Then
        planner.Window.Current.ShouldNotBeSameAs(form);
    }
}
