using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Businesses;
using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Screens.Pickers;
using CoMarketing.Tui.Tests.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

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
        screen.ShouldContain("CoMarketing › Edit Kahvila Aalto");
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
    public void Dump()
    {
        using var planner = new Headless();
        var editor = OpenOwn(planner);
        var a = planner.Screen;
        planner.Press(Key.Tab, Key.Tab);
        planner.Type("coffee shops");
        var b = planner.Screen;
        planner.Press(Key.Enter);
        var c = planner.Screen;
        planner.Press(Key.F3);
        var d = planner.Screen;
        planner.Press(Key.F4);
        var e = planner.Screen;
        planner.Type("a");
        var f = planner.Screen;
        throw new InvalidOperationException(string.Join("\n=====\n", a, b, c, d, e, f, editor.Model.Profile[FieldNames.Industry].Value, typeof(PickerView), typeof(TextField), TuiTexts.English));
    }
}
