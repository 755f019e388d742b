using CoMarketing.Core.Businesses;
using CoMarketing.Core.Reference;

namespace CoMarketing.Core.Tests.Reference;

public sealed class NameSearchTests
{
    private static readonly Lazy<ReferenceData> Shipped = new(() => ReferenceData.Parse(
        Read("industries.csv"), Read("municipalities.csv"), Read("interests.csv"), Read("channel-kinds.csv"), Read("interest-affinities.csv")));

    private static IReadOnlyList<IndustryClass> Industries => Shipped.Value.Industries;

    [Theory]
    [InlineData("kahvila", "56302")]
    [InlineData("Kahvila", "56302")]
    [InlineData("KAHVILAT", "56302")]
    [InlineData("kahvilan", "56302")]
    [InlineData("kahviloissa", "56302")]
    [InlineData("kahviloiden", "56302")]
    [InlineData("ravintolassa", "56101")]
    [InlineData("ravintolan", "56101")]
    [InlineData("parturi", "96021")]
    [InlineData("parturin", "96021")]
    [InlineData("restaurant", "56101")]
    [InlineData("Restaurants", "56101")]
    [InlineData("barber", "96021")]
    [InlineData("cafe", "56102")]
    [InlineData("CAFÉS", "56102")]
    [InlineData("coffee shops", "56302")]
    [InlineData("56102", "56102")]
    public void Search_Should_Find_Finnish_And_English_Names_In_Every_Form(string query, string code)
    {
        // When
        var found = NameSearch.Industries(Industries, query);

        // Then
        found.Select(i => i.Code.Code).ShouldContain(code);
    }

    [Fact]
    public void A_Whole_Word_Should_Rank_Before_An_Inflected_Match()
    {
        // When: "kahvilat" is the word itself in "Kahvilat ja kahvibaarit", an inflection of "Kahvila-ravintolat"
        var found = NameSearch.Industries(Industries, "kahvilat");

        // Then
        found[0].Code.Code.ShouldBe("56302");
        found.Select(i => i.Code.Code).ShouldContain("56102");
    }

    [Fact]
    public void Every_Typed_Word_Should_Have_To_Match()
    {
        // When
        var found = NameSearch.Industries(Industries, "kahvila zebra");

        // Then
        found.ShouldBeEmpty();
    }

    [Fact]
    public void An_Empty_Query_Should_Give_Every_Class_In_Code_Order()
    {
        // When
        var found = NameSearch.Industries(Industries, "  ");

        // Then
        found.ShouldBe(Industries);
    }

    [Theory]
    [InlineData("rova", "Rovaniemi (698)")]
    [InlineData("ROVANIEMELLE", "Rovaniemi (698)")]
    [InlineData("sodankyla", "Sodankylä (758)")]
    [InlineData("698", "Rovaniemi (698)")]
    public void Search_Should_Find_Other_Lists_By_Their_Text(string query, string expected)
    {
        // Given
        string[] options = ["Inari (148)", "Rovaniemi (698)", "Sodankylä (758)"];

        // When
        var found = NameSearch.Search(options, option => option, query);

        // Then
        found.ShouldBe([expected]);
    }

    [Theory]
    [InlineData("kahvilan", "kahvil")]
    [InlineData("kahviloissa", "kahvil")]
    [InlineData("parturit", "partur")]
    [InlineData("talo", "tal")]
    [InlineData("ab", "ab")]
    public void Stem_Should_Drop_One_Ending_And_The_Last_Vowels(string word, string stem)
    {
        // Then
        NameSearch.Stem(word).ShouldBe(stem);
    }

    [Theory]
    [InlineData("2077474-0", BusinessIdProblem.None)]
    [InlineData("2077474-1", BusinessIdProblem.CheckDigit)]
    [InlineData("20774740", BusinessIdProblem.Format)]
    [InlineData("0000000-0", BusinessIdProblem.AllZeros)]
    public void Business_Id_Check_Should_Name_The_Problem(string text, BusinessIdProblem expected)
    {
        // Then
        BusinessId.Check(text, out _).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Rovaniemi", MunicipalityProblem.None)]
    [InlineData("", MunicipalityProblem.Empty)]
    [InlineData("6980", MunicipalityProblem.BadCode)]
    [InlineData("Atlantis", MunicipalityProblem.Unknown)]
    public void Resolving_A_Municipality_Should_Name_The_Problem(string text, MunicipalityProblem expected)
    {
        // Then
        Shipped.Value.ResolveMunicipality(text, out _, out _).ShouldBe(expected);
    }

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", name));
}
