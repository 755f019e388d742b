using System.Globalization;
using CoMarketing.Tui.Components;
using CoMarketing.Tui.Tests.Support;

namespace CoMarketing.Tui.Tests.Components;

public sealed class TableViewTests
{
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");

    private static TableView<BusinessRow> Table(IReadOnlyList<BusinessRow> rows) => new(rows, BusinessRow.Columns, Finnish);

    private static TableView<BusinessRow> Press(TableView<BusinessRow> table, string script, int height = 21)
    {
        foreach (var key in Keys.Parse(script))
        {
            table.TryHandle(key, height, out table);
        }

        return table;
    }

    [Theory]
    [InlineData("s", 0, false, 1)]
    [InlineData("s s", 1, false, 1)]
    [InlineData("s s s", 2, false, 3)]
    [InlineData("s s s s", 0, false, 1)]
    [InlineData("S", 0, true, 5)]
    [InlineData("s S", 0, true, 5)]
    public void Sort_Keys_Should_Cycle_Columns_And_Reverse(string script, int column, bool descending, int firstId)
    {
        // Given
        var table = Table(BusinessRow.Many(5));

        // When
        var sorted = Press(table, script);

        // Then
        sorted.SortColumn.ShouldBe(column);
        sorted.Descending.ShouldBe(descending);
        sorted.List.Items[sorted.List.Rows[0]].Id.ShouldBe(firstId);
    }

    [Fact]
    public void Sorting_By_Text_Should_Follow_Finnish_Alphabetical_Order()
    {
        // Given
        var table = Table([new(1, "Öljy", "x"), new(2, "Ähtäri", "x"), new(3, "Zeta", "x"), new(4, "Åke", "x"), new(5, "aalto", "x")]);

        // When
        var sorted = table.SortBy(1, descending: false);

        // Then
        sorted.List.Rows.Select(row => sorted.List.Items[row].Name).ShouldBe(["aalto", "Zeta", "Åke", "Ähtäri", "Öljy"]);
    }

    [Fact]
    public void Sorting_Should_Keep_The_Selected_Row_Selected()
    {
        // Given
        var table = Press(Table(BusinessRow.Many(50)), "j j j");

        // When
        var sorted = Press(table, "S");

        // Then
        sorted.SelectedItem!.Id.ShouldBe(4);
        sorted.List.Selected.ShouldBe(46);
    }

    [Fact]
    public void Filter_Should_Look_In_Every_Column()
    {
        // Given
        var table = Table(BusinessRow.Many(30));

        // When
        var filtered = Press(table, "/ 'rovan' Enter");

        // Then
        filtered.List.Count.ShouldBe(10);
        filtered.List.IsFiltering.ShouldBeFalse();
        filtered.SelectedItem!.Town.ShouldBe("Rovaniemi");
    }

    [Fact]
    public void Typing_s_In_The_Filter_Should_Filter_Not_Sort()
    {
        // Given
        var table = Table(BusinessRow.Many(30));

        // When
        var filtered = Press(table, "/ 's'");

        // Then
        filtered.SortColumn.ShouldBe(-1);
        filtered.List.Filter.Text.ShouldBe("s");
    }

    [Fact]
    public void WithItems_Should_Keep_Sort_Filter_And_Selection()
    {
        // Given
        var table = Press(Table(BusinessRow.Many(30)), "/ 'rovan' Enter S j");
        var selected = table.SelectedItem!;
        var more = BusinessRow.Many(60);

        // When
        var updated = table.WithItems(more);

        // Then
        updated.List.Count.ShouldBe(20);
        updated.Descending.ShouldBeTrue();
        updated.SelectedItem.ShouldBe(selected);
    }

    [Fact]
    public void PageDown_Should_Move_By_The_Visible_Rows()
    {
        // Given
        var table = Table(BusinessRow.Many(10_000));

        // When
        var paged = Press(table, "PgDn", height: 21);

        // Then
        TableView<BusinessRow>.RowsFor(21).ShouldBe(16);
        paged.List.Selected.ShouldBe(15);
    }
}
