using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Businesses;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Businesses;

public sealed class BusinessTableModelTests
{
    private static BusinessTableModel Model(TuiTexts texts)
    {
        var backend = InMemoryPlannerBackend.Demo();
        return new BusinessTableModel([.. backend.GetBusinesses().Select(b => BusinessListItem.From(b, backend.Reference, texts))], texts);
    }

    [Theory]
    [InlineData("kahvila", 3)] // Kahvila Aalto, Kahvila Kuura, Pelikahvila Pixel
    [InlineData("KAHVILA aalto", 1)]
    [InlineData("kemi", 2)] // Hotelli Kemijoen Helmi, Kemin Kalaliike (in Kemi)
    [InlineData("no such thing", 0)]
    public void The_Filter_Should_Keep_Rows_Containing_Every_Word(string filter, int expected)
    {
        // Given
        var model = Model(TuiTexts.English);

        // When
        model.SetFilter(filter);

        // Then
        model.Count.ShouldBe(expected);
        model.Total.ShouldBe(45);
    }

    [Fact]
    public void Sorting_By_Channels_Should_Order_By_Reach_Not_Text()
    {
        // Given
        var model = Model(TuiTexts.English);

        // When: name → industry → municipality → customers → channels
        for (var i = 0; i < 5; i++)
        {
            model.SortNext(reverse: false);
        }

        // Then
        model.SortColumn.ShouldBe(4);
        var reaches = Enumerable.Range(0, model.Count).Select(row => model.Row(row).Reach).ToList();
        reaches.ShouldBe(reaches.Order().ToList());
    }

    [Fact]
    public void The_Count_Should_Name_The_Filter_In_Finnish()
    {
        // Given
        var model = Model(TuiTexts.Finnish);

        // When
        model.SetFilter("kahvila");

        // Then
        model.CountText.ShouldBe("3/45 vastaa hakua ”kahvila”");
    }
}
