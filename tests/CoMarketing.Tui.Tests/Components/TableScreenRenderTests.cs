using System.Globalization;
using CoMarketing.Tui.Components;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Tests.Support;

namespace CoMarketing.Tui.Tests.Components;

public sealed class TableScreenRenderTests
{
    private static TableScreen<BusinessRow> Screen(int count, TuiTexts? texts = null) =>
        new("Businesses", new TableView<BusinessRow>(BusinessRow.Many(count), BusinessRow.Columns, (texts ?? TuiTexts.English).Culture),
            row => ScreenCommand.Message($"Opened {row.Name}"));

    private static TableScreen<BusinessRow> Press(TableScreen<BusinessRow> screen, string script, int height)
    {
        var context = Support.Screens.Context(height: height);
        foreach (var key in Keys.Parse(script))
        {
            screen = (TableScreen<BusinessRow>)screen.Handle(key, context).Screen;
        }

        return screen;
    }

    [Fact]
    public void Should_Render_Only_The_Rows_That_Fit_At_80x24()
    {
        // When
        var lines = Support.Screens.Frame(Screen(10_000), 80, 24);

        // Then
        lines.Count.ShouldBe(24);
        lines[0].ShouldStartWith(" CoMarketing › Businesses");
        lines[0].ShouldEndWith("10,000 ");
        lines[1].ShouldBe("1–16 of 10,000");
        lines[3].ShouldContain("│ Id     │ Name");
        lines[5].ShouldStartWith("│ › │ 1      │ Yritys 00001");
        lines[20].ShouldContain("Yritys 00016");
        lines[21].ShouldStartWith("╰");
        lines[23].ShouldBe("? help  ↑↓ move  Enter select  / filter  s sort by the next column");
        lines.ShouldAllBe(line => line.Length <= 80);
    }

    [Fact]
    public void Should_Render_More_Rows_At_120x40_And_Follow_The_Selection()
    {
        // Given
        var screen = Press(Screen(10_000), "G", height: 37);

        // When
        var lines = Support.Screens.Frame(screen, 120, 40);

        // Then
        lines.Count.ShouldBe(40);
        lines[1].ShouldBe("9,969–10,000 of 10,000");
        lines[5].ShouldContain("Yritys 09969");
        lines[36].ShouldStartWith("│ › │ 10000  │ Yritys 10000");
        lines.ShouldAllBe(line => line.Length <= 120);
    }

    [Fact]
    public void Should_Show_The_Filter_And_Sort_Arrow()
    {
        // Given
        var screen = Press(Screen(100), "S / 'rovan'", height: 21);

        // When
        var text = Support.Screens.Text(Support.Screens.Frame(screen, 80, 24));

        // Then
        text.ShouldContain("Filter: rovan");
        text.ShouldContain("Enter keeps, Esc clears  1–16 of 33");
        text.ShouldContain("Id ▼");
        text.ShouldContain("Yritys 00099");
    }

    [Fact]
    public void Should_Say_When_Nothing_Matches_In_Finnish()
    {
        // Given
        var screen = Press(Screen(100, TuiTexts.Finnish), "/ 'xyz' Enter", height: 21);

        // When
        var text = Support.Screens.Text(Support.Screens.Frame(screen, 80, 24, TuiTexts.Finnish));

        // Then
        text.ShouldContain("Mikään ei vastaa hakua ”xyz”.");
        text.ShouldContain("? ohje");
    }

    [Fact]
    public void Enter_Should_Open_The_Selected_Row()
    {
        // Given
        var screen = Press(Screen(100), "j j", height: 21);

        // When
        var result = screen.Handle(Keys.Parse("Enter")[0], Support.Screens.Context());

        // Then
        result.Commands.ShouldBe([ScreenCommand.Message("Opened Yritys 00003")]);
    }

    [Fact]
    public void Row_Numbers_Should_Use_The_Language_Number_Format()
    {
        // When
        var lines = Support.Screens.Frame(Screen(10_000, TuiTexts.Finnish), 80, 24, TuiTexts.Finnish);

        // Then
        lines[1].ShouldBe(string.Format(CultureInfo.InvariantCulture, "1–16 / 10{0}000", CultureInfo.GetCultureInfo("fi-FI").NumberFormat.NumberGroupSeparator));
    }
}
