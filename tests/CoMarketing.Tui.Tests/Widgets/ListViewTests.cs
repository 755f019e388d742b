using CoMarketing.Tui.Input;
using CoMarketing.Tui.Tests.Support;
using CoMarketing.Tui.Widgets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CoMarketing.Tui.Tests.Widgets;

public sealed class ListViewTests
{
    private static ListView<int> Numbers(int count) => new(Enumerable.Range(1, count).ToArray(), n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(100, 10, "Down", 1, 0)]
    [InlineData(100, 10, "j j j", 3, 0)]
    [InlineData(100, 10, "j k", 0, 0)]
    [InlineData(100, 10, "Up", 0, 0)]
    [InlineData(100, 10, "G", 99, 90)]
    [InlineData(100, 10, "End", 99, 90)]
    [InlineData(100, 10, "G g", 0, 0)]
    [InlineData(100, 10, "G Home", 0, 0)]
    [InlineData(100, 10, "PgDn", 9, 0)]
    [InlineData(100, 10, "PgDn PgDn", 18, 9)]
    [InlineData(100, 10, "G PgUp", 90, 90)]
    [InlineData(100, 10, "G PgUp PgUp", 81, 81)]
    [InlineData(100, 10, "Down Down Down Down Down Down Down Down Down Down", 10, 1)]
    [InlineData(100, 10, "G Up Up Up Up Up Up Up Up Up Up", 89, 89)]
    [InlineData(100, 10, "G k k k", 96, 90)]
    [InlineData(5, 10, "G", 4, 0)]
    [InlineData(5, 10, "PgDn PgDn", 4, 0)]
    [InlineData(1, 3, "j j k", 0, 0)]
    public void TryHandle_Should_Move_Selection_And_Keep_It_Visible(int count, int height, string script, int selected, int firstVisible)
    {
        // Given
        var list = Numbers(count);

        // When
        foreach (var key in Keys.Parse(script))
        {
            list.TryHandle(key, height, out list).ShouldBeTrue();
        }

        // Then
        list.Selected.ShouldBe(selected);
        list.FirstVisible(height).ShouldBe(firstVisible);
    }

    [Fact]
    public void FirstVisible_Should_Follow_A_Smaller_Viewport_After_A_Resize()
    {
        // Given
        var list = Numbers(100).Select(50, height: 30);

        // When
        var first = list.FirstVisible(height: 10);

        // Then
        first.ShouldBeLessThanOrEqualTo(50);
        (first + 10).ShouldBeGreaterThan(50);
    }

    [Fact]
    public void Filter_Should_Match_Case_Insensitively_Also_For_Finnish_Letters()
    {
        // Given
        var list = new ListView<string>(["Äänekosken Kahvila", "Kukkakauppa", "Pääkallo", "Oulun Sähkö"]);

        // When
        foreach (var key in Keys.Parse("/ 'ä'"))
        {
            list.TryHandle(key, 10, out list);
        }

        // Then
        list.IsFiltering.ShouldBeTrue();
        list.Rows.Select(row => list.Items[row]).ShouldBe(["Äänekosken Kahvila", "Pääkallo", "Oulun Sähkö"]);
        list.SelectedItem.ShouldBe("Äänekosken Kahvila");
    }

    [Fact]
    public void Filter_Mode_Should_Type_Letters_That_Are_Otherwise_Navigation_Keys()
    {
        // Given
        var list = new ListView<string>(["jkl", "gGx", "abc"]);

        // When
        foreach (var key in Keys.Parse("/ 'jk'"))
        {
            list.TryHandle(key, 10, out list);
        }

        // Then
        list.Filter.Text.ShouldBe("jk");
        list.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("/ 'kah' Enter", "kah", false, 1)]
    [InlineData("/ 'kah' Esc", "", false, 4)]
    [InlineData("/ 'kah' Enter Esc", "", false, 4)]
    [InlineData("/ 'zzz'", "zzz", true, 0)]
    [InlineData("/ 'kah' BS BS BS", "", true, 4)]
    public void Filter_Should_Be_Kept_With_Enter_And_Cleared_With_Escape(string script, string filter, bool stillFiltering, int rows)
    {
        // Given
        var list = new ListView<string>(["Kahvila", "Kukka", "Pää", "Sähkö"]);

        // When
        foreach (var key in Keys.Parse(script))
        {
            list.TryHandle(key, 10, out list).ShouldBeTrue();
        }

        // Then
        list.Filter.Text.ShouldBe(filter);
        list.IsFiltering.ShouldBe(stillFiltering);
        list.Count.ShouldBe(rows);
        list.Selected.ShouldBe(rows == 0 ? -1 : 0);
    }

    [Fact]
    public void Escape_Without_A_Filter_Should_Be_Left_To_The_Screen()
    {
        // Given
        var list = Numbers(3);

        // When
        var handled = list.TryHandle(KeyPress.Of(Key.Escape), 10, out _);

        // Then
        handled.ShouldBeFalse();
    }

    [Fact]
    public void An_Empty_List_Should_Have_No_Selection()
    {
        // Given
        var list = new ListView<string>([]);

        // When
        list.TryHandle(KeyPress.Of(Key.Down), 5, out list);

        // Then
        list.Selected.ShouldBe(-1);
        list.SelectedItem.ShouldBeNull();
    }

    private static readonly KeyPress[] ListKeys = [.. Keys.Parse("Up Down j k g G Home End PgUp PgDn / Enter Esc '1' BS")];

    [Property]
    public Property Selection_Should_Always_Be_A_Row_Inside_The_Viewport() =>
        Prop.ForAll(Gen.Elements(ListKeys).ArrayOf().ToArbitrary(), Gen.Choose(0, 60).ToArbitrary(), Gen.Choose(1, 15).ToArbitrary(), (keys, count, height) =>
        {
            var list = Numbers(count);
            foreach (var key in keys)
            {
                list.TryHandle(key, height, out list);
                var first = list.FirstVisible(height);
                var valid = list.Count == 0
                    ? list.Selected == -1
                    : list.Selected >= 0 && list.Selected < list.Count && first <= list.Selected && list.Selected < first + height;
                if (!valid)
                {
                    return false;
                }
            }

            return true;
        });
}
