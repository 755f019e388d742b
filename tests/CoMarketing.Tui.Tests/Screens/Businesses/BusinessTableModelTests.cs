using CoMarketing.Core.Businesses;
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

    [Theory]
    [InlineData("fi", new[] { "aalto", "Ab", "Zeta", "Äes", "Öljy" })]
    [InlineData("en", new[] { "aalto", "Ab", "Äes", "Öljy", "Zeta" })]
    public void Sorting_By_Name_Should_Follow_The_Languages_Alphabet_Ignoring_Case(string language, string[] expected)
    {
        // Given: rows in another order (ä and ö come after z in Finnish)
        var texts = language == "fi" ? TuiTexts.Finnish : TuiTexts.English;
        var model = Rows(texts, ("Öljy", "x"), ("Zeta", "x"), ("Ab", "x"), ("Äes", "x"), ("aalto", "x"));

        // When
        model.SortNext(reverse: false);

        // Then
        Names(model).ShouldBe(expected);
        model.SortNext(reverse: true);
        Names(model).ShouldBe(expected.Reverse());
    }

    [Fact]
    public void Rows_With_The_Same_Text_Should_Keep_Their_Order_When_Sorted_By_That_Column()
    {
        // Given: two industries, each on rows given in name order
        var model = Rows(TuiTexts.Finnish, ("A", "Kahvilat"), ("B", "Kampaamot"), ("C", "kahvilat"), ("D", "Kampaamot"), ("E", "Kahvilat"));

        // When: name → industry
        model.SortNext(reverse: false);
        model.SortNext(reverse: false);

        // Then: equal texts (ignoring case) keep the name order among themselves
        model.SortColumn.ShouldBe(1);
        Names(model).ShouldBe(["A", "C", "E", "B", "D"]);
    }

    private static BusinessTableModel Rows(TuiTexts texts, params (string Name, string Industry)[] rows)
    {
        var b = InMemoryPlannerBackend.Demo().GetBusinesses()[0];
        return new BusinessTableModel(
            [.. rows.Select((row, i) => new BusinessListItem(
                new Business(i + 1, row.Name, null, b.Industry, b.Offerings, b.Municipality, b.Catchment, b.CustomerType, b.Contact, b.Notes, b.Archived, b.Audience, b.Channels),
                row.Industry, "Rovaniemi", "", "", 0))],
            texts);
    }

    private static string[] Names(BusinessTableModel model) => [.. Enumerable.Range(0, model.Count).Select(row => model.Row(row).Business.Name)];

    [Fact]
    public void Typing_The_Filter_Letter_By_Letter_Should_Keep_The_Same_Rows_In_The_Same_Order_As_Typing_It_At_Once()
    {
        // Given: a sorted list, filtered as a person types (and corrects) it
        var typed = Model(TuiTexts.Finnish);
        typed.SortNext(reverse: false);
        typed.SortNext(reverse: false);
        foreach (var filter in new[] { "k", "ka", "kah", "ka", "ka r", "ka ro" })
        {
            typed.SetFilter(filter);

            // Then: the same as the whole filter at once
            var atOnce = Model(TuiTexts.Finnish);
            atOnce.SortNext(reverse: false);
            atOnce.SortNext(reverse: false);
            atOnce.SetFilter(filter);
            Names(typed).ShouldBe(Names(atOnce), filter);
        }

        typed.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void The_Filter_Should_Ignore_The_Case_Of_Finnish_Letters()
    {
        var model = Rows(TuiTexts.Finnish, ("Öljymäki", "x"), ("Olli", "x"), ("Äes", "x"));

        model.SetFilter("ÖLJYMÄ");

        Names(model).ShouldBe(["Öljymäki"]);
        model.SetFilter("äES");
        Names(model).ShouldBe(["Äes"]);
    }
}
