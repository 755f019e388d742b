using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Businesses;
using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Screens.Pickers;
using CoMarketing.Tui.Tests.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace CoMarketing.Tui.Tests.Screens.Editor;

[Collection(TerminalCollection.Name)]
public sealed class BusinessEditorViewTests
{
    internal static BusinessEditorView OpenOwn(Headless planner, string name = "Kahvila Aalto")
    {
        var business = planner.Backend.Named(name);
        planner.Shell.SignIn(Session.Member(business.Id));
        planner.Window.Reset(BusinessOpener.Open(planner.Window.Context, business.Id));
        return planner.Window.Current.ShouldBeOfType<BusinessEditorView>();
    }

    [Fact]
    public void The_Profile_Should_Show_Every_Field_With_Its_Value()
    {
        // Given
        using var planner = new Headless();

        // When
        OpenOwn(planner);

        // Then
        var screen = planner.Screen;
        screen.ShouldContain("[F2 Profile]");
        screen.ShouldContain("Kahvila Aalto");
        screen.ShouldContain("Cafés and cafeteria-restaurants (56102)");
        screen.ShouldContain("Rovaniemi (698)");
        screen.ShouldContain("E-mail");
        screen.Split('\n')[0].ShouldContain("Edit Kahvila Aalto");
    }

    [Fact]
    public void At_60x20_In_Finnish_Tab_Should_Scroll_The_Audience_To_The_Last_Field_And_Shift_Tab_Back_To_The_First()
    {
        // Given: the audience page of the smallest window in Finnish (two-line labels), whose last field is below it
        using var planner = new Headless(width: 60, height: 20, texts: TuiTexts.Finnish);
        OpenOwn(planner);
        planner.Press(Key.F3);
        var before = planner.Screen;

        // When: Tab to the last field
        for (var i = 0; i < 14; i++)
        {
            planner.Press(Key.Tab);
        }

        var after = planner.Screen;

        // Then: it came into view (the age bands scrolled up); back up, the first band shows again
        before.ShouldNotContain("Valtakunnallinen", customMessage: before);
        after.ShouldContain("Valtakunnallinen", customMessage: after);
        for (var i = 0; i < 14; i++)
        {
            planner.Press(Key.Tab.WithShift);
        }

        planner.Screen.ShouldContain("0–17", customMessage: planner.Screen);
    }

    [Fact]
    public void A_Question_Mark_Should_Type_Into_The_Name_And_F1_Open_Help()
    {
        // Given
        using var planner = new Headless();
        var editor = OpenOwn(planner);

        // When
        planner.Type("?");

        // Then
        editor.Model.Profile[FieldNames.Name].Value.ShouldContain("?");
        planner.Window.Current.ShouldBeSameAs(editor);
        planner.Press(Key.F1);
        planner.Window.Current.ShouldNotBeSameAs(editor);
    }

    [Fact]
    public void A_Paste_Should_Go_Into_The_Focused_Text_Field()
    {
        // Given
        using var planner = new Headless();
        var editor = OpenOwn(planner);
        planner.Press(Key.Tab);

        // When
        planner.App.RaisePasteEvent("2077474-0");

        // Then
        editor.Model.Profile[FieldNames.BusinessId].Value.ShouldContain("2077474-0");
        planner.Window.Current.ShouldBeSameAs(editor);
    }

    [Fact]
    public void Typing_In_The_Industry_Picker_And_Enter_Should_Choose_The_Best_Match()
    {
        // Given
        using var planner = new Headless();
        var editor = OpenOwn(planner);
        planner.Press(Key.Tab, Key.Tab);

        // When
        planner.Type("kahvilat");
        var listed = planner.Screen;
        planner.Press(Key.Enter);

        // Then
        listed.ShouldContain("› Coffee shops and coffee bars (56302)");
        editor.Model.Profile[FieldNames.Industry].Value.ShouldBe("56302");
        planner.Screen.ShouldContain("Coffee shops and coffee bars (56302)");
    }

    [Fact]
    public void An_Unknown_Municipality_Should_Be_Said_In_Finnish_In_A_Finnish_Planner()
    {
        // Given
        using var planner = new Headless(texts: TuiTexts.Finnish);
        var editor = OpenOwn(planner);
        planner.Press(Key.Tab, Key.Tab, Key.Tab);

        // When
        planner.Type("Atlantis");
        planner.Press(Key.Enter);

        // Then
        editor.Model.Profile[FieldNames.Municipality].Value.ShouldBe("698");
        planner.Screen.ShouldContain("Tuntematon kunta");
    }

    [Fact]
    public void The_Channels_Should_Have_Column_Headers_And_Finnish_Numbers()
    {
        // Given
        using var planner = new Headless(texts: TuiTexts.Finnish);
        OpenOwn(planner);

        // When
        planner.Press(Key.F4);

        // Then
        var screen = planner.Screen;
        screen.ShouldContain("[F4 Kanavat]");
        foreach (var header in ChannelCells.Headers(TuiTexts.Finnish))
        {
            screen.ShouldContain(header);
        }

        screen.ShouldContain("@kahvila.aalto");
        screen.ShouldContain("8\u00a0200");
    }

    [Fact]
    public void A_Channel_Typed_In_The_Form_Should_Be_Added_With_Enter_And_Saved_With_Ctrl_S()
    {
        // Given
        using var planner = new Headless();
        var editor = OpenOwn(planner);
        planner.Press(Key.F4);
        planner.Type("a");

        // When: Instagram, name, size, engagement, cost
        planner.Press(Key.CursorRight, Key.Tab);
        planner.Type("@äkäspyörä");
        planner.Press(Key.Tab);
        planner.Type("4200");
        planner.Press(Key.Tab);
        planner.Type("3,5");
        planner.Press(Key.Tab);
        planner.Type("1 234,50");
        planner.Press(Key.Enter);
        var listed = planner.Screen;
        planner.Press(Key.S.WithCtrl);

        // Then
        listed.ShouldContain("@äkäspyörä");
        editor.Model.ChannelForm.ShouldBeNull();
        var saved = planner.Backend.Named("Kahvila Aalto").Channels[^1];
        saved.Name.ShouldBe("@äkäspyörä");
        saved.Kind.ShouldBe(Core.Channels.ChannelKind.Instagram);
        saved.TypicalCost.ShouldBe(Core.Finance.Money.FromCents(123450));
        planner.Screen.ShouldContain("Saved Kahvila Aalto.");
    }

    [Fact]
    public void Removing_A_Channel_Should_Ask_And_N_Should_Keep_It()
    {
        // Given
        using var planner = new Headless();
        var editor = OpenOwn(planner);
        planner.Press(Key.F4);

        // When
        planner.Type("d");
        var asking = planner.Screen;
        planner.Type("n");

        // Then
        asking.ShouldContain("Remove the channel @kahvila.aalto?");
        asking.ShouldContain("y = yes, n = no");
        editor.Model.Channels.Length.ShouldBe(3);

        // When
        planner.Type("d");
        planner.Type("y");

        // Then
        editor.Model.Channels.Length.ShouldBe(2);
    }

    [Fact]
    public void The_Audience_Should_Show_The_Total_And_Ctrl_N_Should_Scale_It()
    {
        // Given
        using var planner = new Headless();
        var editor = OpenOwn(planner);
        planner.Press(Key.F3);

        // When: 0–17 from 10 to 40
        planner.Press(Key.End, Key.Backspace, Key.Backspace);
        planner.Type("40");
        var unbalanced = planner.Screen;
        planner.Press(Key.N.WithCtrl);

        // Then
        unbalanced.ShouldContain("Age bands total 130 %");
        editor.Model.AgeTotalError.ShouldBeNull();
        planner.Screen.ShouldContain("Age bands total 100 %");
    }

    [Fact]
    public void Esc_With_Unsaved_Changes_Should_Ask_Before_Leaving()
    {
        // Given
        using var planner = new Headless();
        var business = planner.Backend.Named("Kahvila Aalto");
        planner.Shell.SignIn(Session.Member(business.Id));
        planner.Window.OpenArea("MenuBusinesses");
        planner.Window.Open(BusinessOpener.Open(planner.Window.Context, business.Id));
        var editor = planner.Window.Current.ShouldBeOfType<BusinessEditorView>();
        planner.Type("x");

        // When: Esc asks, "n" stays
        planner.Press(Key.Esc);
        var asking = planner.Screen;
        planner.Type("n");

        // Then
        asking.ShouldContain("Leave without saving your changes?");
        planner.Window.Current.ShouldBeSameAs(editor);
        editor.Model.Profile[FieldNames.Name].Value.ShouldContain("x");

        // When: Esc, then "y" leaves without saving
        planner.Press(Key.Esc);
        planner.Type("y");

        // Then
        planner.Window.Current.ShouldNotBeSameAs(editor);
        planner.Backend.Writes.ShouldBeEmpty();
    }

    [Fact]
    public void A_Half_Typed_Channel_Should_Be_Kept_At_The_Idle_Return_And_Offered_Back()
    {
        // Given: a member half-way through a new channel
        using var planner = new Headless();
        var editor = OpenOwn(planner);
        planner.Press(Key.F4);
        planner.Type("a");
        planner.Press(Key.Tab);
        planner.Type("@kesken");

        // When: the kiosk returns to the welcome screen, and the member comes back
        planner.Advance(planner.Shell.IdleTimeout + TimeSpan.FromSeconds(1));
        var reopened = OpenOwn(planner);
        var offer = planner.Screen;
        planner.Type("y");

        // Then
        offer.ShouldContain("Continue with the unsaved changes kept from last time?");
        reopened.Model.ChannelForm.ShouldNotBeNull().Fields[FieldNames.ChannelName].Value.ShouldBe("@kesken");
        planner.Screen.ShouldContain("@kesken");
        editor.Model.ShouldNotBeSameAs(reopened.Model);
    }

    [Fact]
    public void Clicking_A_Listed_Industry_Should_Choose_It()
    {
        // Given
        using var planner = new Headless();
        var editor = OpenOwn(planner);
        planner.Press(Key.Tab, Key.Tab);
        planner.Type("ravintola");
        var picker = editor.Row(FieldNames.Industry).Input.ShouldBeOfType<PickerView>();
        _ = planner.Screen;
        var first = picker.Matches[0].Key;

        // When: a click on the first listed row
        var row = picker.Frame;
        planner.App.InjectSequence(InputInjectionExtensions.LeftButtonClick(picker.ViewportToScreen(new System.Drawing.Point(4, 1))));

        // Then
        editor.Model.Profile[FieldNames.Industry].Value.ShouldBe(first);
        row.Height.ShouldBeGreaterThan(1);
    }

    [Fact]
    public void F1_Help_Should_List_Every_Editor_Key_Of_The_Section()
    {
        // Given
        using var planner = new Headless(height: 40);
        OpenOwn(planner);
        planner.Press(Key.F3);

        // When
        planner.Press(Key.F1);

        // Then
        var help = planner.Screen;
        help.ShouldContain("Ctrl+N");
        help.ShouldContain("scale to 100 %");
        help.ShouldContain("Shift+Tab");
        help.ShouldContain("F2-F4");
    }
}
