using CoMarketing.Tui.Screens.Businesses;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Shell;

[Collection(TerminalCollection.Name)]
public sealed class BusinessesViewTests
{
    private static BusinessesView Open(Headless planner)
    {
        planner.Window.OpenArea("MenuBusinesses");
        var view = planner.Window.Current.ShouldBeOfType<BusinessesView>();
        view.Table.RefreshContentSize();
        return view;
    }

    [Fact]
    public void The_Table_Should_Show_Column_Headers_And_The_Count()
    {
        // Given
        using var planner = new Headless();

        // When
        Open(planner);

        // Then
        var screen = planner.Screen;
        screen.ShouldContain("45 members");
        screen.ShouldContain("Name");
        screen.ShouldContain("Municipality");
        screen.ShouldContain("Arktiset Yrtit");
    }

    [Fact]
    public void Pasting_A_Town_Into_The_Filter_Should_Filter_And_Run_No_Shortcut()
    {
        // Given: the filter open
        using var planner = new Headless();
        var view = Open(planner);
        planner.Press(new Key('/'));

        // When: "Rovaniemi" pasted (its "n" would be "new business", its "m" matches)
        planner.App.RaisePasteEvent("Rovaniemi");

        // Then
        view.Model.Filter.ShouldBe("Rovaniemi");
        planner.Window.Current.ShouldBeSameAs(view);
        view.Model.Count.ShouldBeLessThan(45);
        view.Model.Count.ShouldBeGreaterThan(0);
        planner.Screen.ShouldContain("match “Rovaniemi”");
    }

    [Fact]
    public void Typing_In_The_Filter_Then_Enter_Twice_Should_Open_The_Business()
    {
        // Given
        using var planner = new Headless();
        Open(planner);

        // When
        planner.Press(new Key('/'));
        planner.Type("Kahvila Aalto");
        planner.Press(Key.Enter, Key.Enter);

        // Then: a guest sees the public profile
        var current = planner.Window.Current.ShouldBeOfType<BusinessProfileView>();
        current.HintTitle.ShouldContain("Kahvila Aalto");
        planner.Screen.ShouldContain("read-only");
        planner.Press(Key.Esc);
        planner.Window.Current.ShouldBeOfType<BusinessesView>();
    }

    [Fact]
    public void At_60_Columns_Names_Should_Get_The_Room_First()
    {
        // Given
        using var planner = new Headless(width: 60, height: 20);

        // When
        Open(planner);

        // Then: a long name shows far enough to tell the business apart
        planner.Screen.ShouldContain("Autohuolto Kä");
    }

    [Fact]
    public void S_Should_Sort_By_The_Next_Column_And_Shift_S_Reverse_It()
    {
        // Given
        using var planner = new Headless();
        var view = Open(planner);

        // When
        planner.Press(new Key('s'), new Key('S'));

        // Then
        view.Model.SortColumn.ShouldBe(0);
        view.Model.Descending.ShouldBeTrue();
        view.Selected.ShouldNotBeNull().Business.Name.ShouldBe(view.Model.Row(0).Business.Name);
        string.CompareOrdinal(view.Model.Row(0).Business.Name, view.Model.Row(view.Model.Count - 1).Business.Name).ShouldBeGreaterThan(0);
    }
}
