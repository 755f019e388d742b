using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Industries;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Tests.Matching.Evaluation;
using static CoMarketing.Core.Tests.Matching.TestBusinesses;

namespace CoMarketing.Core.Tests.Matching;

public sealed class IndustryComplementTests
{
    private static IndustryComplements Table(params (string A, string B, int Percent)[] pairs)
        => new(pairs.Select(p => new IndustryComplement(p.A, p.B, p.Percent)));

    private static MatchTextOptions Options(Language language) => new(
        language,
        code => (code.Code, language) switch
        {
            ("56102", Language.English) => "café",
            ("56102", _) => "kahvila",
            ("47610", Language.English) => "bookshop",
            ("47610", _) => "kirjakauppa",
            _ => null,
        },
        code => code.Value == "698" ? "Rovaniemi" : null,
        _ => null);

    [Theory]
    [InlineData("56102", "47610", 75)]
    [InlineData("47610", "56102", 75)]
    [InlineData("56302", "47610", 75)]
    [InlineData("56101", "47610", 0)]
    [InlineData("55101", "93291", 75)]
    [InlineData("55209", "79900", 75)]
    [InlineData("93130", "86901", 50)]
    [InlineData("47111", "56102", 0)]
    [InlineData("00000", "47610", 0)]
    public void Shipped_Table_Should_Cover_Classes_And_Subclasses_In_Either_Order(string a, string b, int expected)
    {
        RankingEvaluationTests.ShippedComplements.Value.Percent(IndustryCode.Parse(a), IndustryCode.Parse(b)).ShouldBe(expected);
    }

    [Fact]
    public void The_Highest_Of_Overlapping_Pairs_Should_Count()
    {
        // Given
        var table = Table(("5610", "4761", 50), ("56102", "47610", 75));

        // When / Then
        table.Percent(IndustryCode.Parse("56102"), IndustryCode.Parse("47610")).ShouldBe(75);
        table.Percent(IndustryCode.Parse("56101"), IndustryCode.Parse("47610")).ShouldBe(50);
        table.Percent(IndustryCode.Parse("5610"), IndustryCode.Parse("4761")).ShouldBe(50);
    }

    [Theory]
    [InlineData("56101", "56102", 50, "Industries '56101' and '56102' are of the same class: they compete rather than complement each other.")]
    [InlineData("5610", "4761", 100, "The percent of '5610' and '4761' must be a whole number from 1 to 99, got 100.")]
    [InlineData("56", "4761", 50, "Industry code must be a TOL 2008 class of 4 or 5 digits, like 56101; got '56'.")]
    [InlineData("0000", "4761", 50, "'Industry unknown' cannot complement another industry.")]
    public void A_Bad_Pair_Should_Be_Refused_In_Words(string a, string b, int percent, string message)
    {
        Should.Throw<Core.Common.DomainException>(() => new IndustryComplement(a, b, percent)).Message.ShouldBe(message);
    }

    [Fact]
    public void A_Pair_Listed_Twice_Should_Be_Refused()
    {
        Should.Throw<Core.Common.DomainException>(() => Table(("5610", "4761", 50), ("4761", "5610", 75)))
            .Message.ShouldBe("The complementary industries '4761' and '5610' are listed twice.");
    }

    [Fact]
    public void Complementary_Industries_Should_Make_The_Interest_Part_At_Least_Their_Percent()
    {
        // Given: a café and a bookshop sharing no interest tag
        var cafe = Make(1, industry: "56102", interests: "coffee|baking");
        var books = Make(2, industry: "47610", interests: "books|culture");
        var settings = new MatchSettings(60000, false, complements: Table(("56102", "4761", 75)));

        // When
        var plain = MatchIndex.Build([cafe, books], [], new MatchSettings(60000, false));
        var index = MatchIndex.Build([cafe, books], [], settings);

        // Then
        plain.Components(0, 1).Interests.ShouldBe(0);
        index.Components(0, 1).Interests.ShouldBe(0.75);
        index.Components(1, 0).Interests.ShouldBe(0.75);
        index.Score(0, 1).ShouldBe(settings.Weights.Score(index.Components(0, 1)), 1e-12);
        index.TopMatches(0, 1).Single().Score.ShouldBe(index.Score(0, 1), 1e-12);
    }

    [Fact]
    public void Shared_Interests_Above_The_Percent_Should_Count_Instead()
    {
        // Given: the same tags, so the interest overlap is 1, above the pair's 25 %
        var a = Make(1, industry: "56102", interests: "books|coffee");
        var b = Make(2, industry: "47610", interests: "books|coffee");

        // When
        var index = MatchIndex.Build([a, b], [], new MatchSettings(60000, false, complements: Table(("56102", "4761", 25))));

        // Then
        index.Components(0, 1).Interests.ShouldBe(1);
    }

    [Fact]
    public void Complements_Should_Never_Pair_Competitors_Or_Never_Pair_Marks()
    {
        // Given: two cafés (competitors) and a bookshop marked never pair
        var cafe = Make(1, industry: "56102");
        var rival = Make(2, industry: "56102", name: "Kahvila Kilpailija");
        var books = Make(3, industry: "47610");
        var never = new[] { new PairPreference(1, 3, PairPreferenceKind.NeverPair) };

        // When
        var index = MatchIndex.Build([cafe, rival, books], never, new MatchSettings(60000, false, complements: Table(("56102", "4761", 75))));

        // Then
        index.TopMatches(0, 5).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Language.English, "complementary offerings for the same visit or occasion: café and bookshop")]
    [InlineData(Language.Finnish, "toisiaan täydentävä tarjonta samaan käyntiin tai tilaisuuteen: kahvila ja kirjakauppa")]
    public void The_Reason_Should_Name_The_Complementary_Industries_Instead_Of_Different_Ones(Language language, string expected)
    {
        // Given
        var cafe = Make(1, industry: "56102", interests: "coffee", catchment: (66.50, 25.73, 5));
        var books = Make(2, industry: "47610", interests: "books");
        var matcher = new PartnerMatcher([cafe, books], [], new MatchSettings(60000, false, complements: Table(("56102", "4761", 75))));

        // When
        var reasons = matcher.FindPartners(1, 1, Options(language)).Single().Reasons;

        // Then
        reasons.ShouldContain(expected);
        reasons.ShouldNotContain(r => r.StartsWith("different industries", StringComparison.Ordinal) || r.StartsWith("eri toimialat", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(50, "complementary offerings for the same need: café and bookshop")]
    [InlineData(25, "somewhat complementary offerings: café and bookshop")]
    public void The_Reason_Should_Say_The_Level(int percent, string expected)
    {
        // Given
        var matcher = new PartnerMatcher([Make(1, industry: "56102"), Make(2, industry: "47610")], [],
            new MatchSettings(60000, false, complements: Table(("56102", "4761", percent))));

        // When / Then
        matcher.FindPartners(1, 1, Options(Language.English)).Single().Reasons.ShouldContain(expected);
    }
}
