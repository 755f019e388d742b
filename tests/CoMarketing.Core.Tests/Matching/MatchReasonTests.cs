using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Matching;
using static CoMarketing.Core.Tests.Matching.TestBusinesses;

namespace CoMarketing.Core.Tests.Matching;

public sealed class MatchReasonTests
{
    private static readonly Business Cafe = Make(1, industry: "56101", offerings: "coffee|pastries", interests: "food|outdoor",
        channels: "facebook:1000", name: "Kahvila Aalto", catchment: (66.50, 25.73, 5));

    private static readonly Business Outdoor = Make(2, industry: "4764", interests: "outdoor|nature",
        ages: "25-34:0.4|35-44:0.4|45-54:0.2", channels: "instagram:8200|facebook:500", name: "Erä Tunturi");

    private static MatchTextOptions Options(Language language) => new(
        language,
        code => (code.Code, language) switch
        {
            ("56101", Language.English) => "café",
            ("56101", _) => "kahvila",
            ("4764", Language.English) => "outdoor gear",
            ("4764", _) => "retkeilyvarusteet",
            _ => null,
        },
        code => code.Value == "698" ? "Rovaniemi" : null,
        tag => language == Language.Finnish && tag.Value == "outdoor" ? "ulkoilu" : null);

    [Theory]
    [InlineData(Language.English, 0, "both reach 25–44-year-olds in Rovaniemi")]
    [InlineData(Language.English, 1, "brings 8 200 Instagram followers you do not reach")]
    [InlineData(Language.English, 2, "different industries: café and outdoor gear")]
    [InlineData(Language.English, 3, "shared interests: outdoor")]
    [InlineData(Language.English, 4, "both active all year round")]
    [InlineData(Language.English, 5, "both sell to consumers")]
    [InlineData(Language.Finnish, 0, "molemmat tavoittavat 25–44-vuotiaita alueella Rovaniemi")]
    [InlineData(Language.Finnish, 1, "tuo 8 200 Instagram-seuraajaa, joita et tavoita")]
    [InlineData(Language.Finnish, 2, "eri toimialat: kahvila ja retkeilyvarusteet")]
    [InlineData(Language.Finnish, 3, "yhteiset kiinnostuksen kohteet: ulkoilu")]
    [InlineData(Language.Finnish, 4, "molemmat toimivat ympäri vuoden")]
    [InlineData(Language.Finnish, 5, "molemmat myyvät kuluttajille")]
    public void Match_Should_Carry_Its_Reasons_In_Words(Language language, int position, string expected)
    {
        // Given
        var matcher = new PartnerMatcher([Cafe, Outdoor], [], new MatchSettings(60000, false));

        // When
        var match = matcher.FindPartners(1, 5, Options(language)).Single();

        // Then
        match.Reasons.Count.ShouldBe(6);
        match.Reasons[position].ShouldBe(expected);
    }

    [Theory]
    [InlineData(Language.English, "55-64:0.5|65+:0.5", "55-64:0.4|65+:0.6", "both reach people aged 55 and over in Rovaniemi")]
    [InlineData(Language.Finnish, "55-64:0.5|65+:0.5", "55-64:0.4|65+:0.6", "molemmat tavoittavat 55 vuotta täyttäneitä alueella Rovaniemi")]
    [InlineData(Language.English, "18-24:1", "45-54:1", "both serve customers in Rovaniemi")]
    [InlineData(Language.Finnish, "18-24:1", "45-54:1", "molemmat palvelevat asiakkaita alueella Rovaniemi")]
    [InlineData(Language.English, "18-24:0.3|25-34:0.7", "18-24:0.05|25-34:0.95", "both reach 25–34-year-olds in Rovaniemi")]
    public void Shared_Age_Span_Should_Be_Named(Language language, string agesA, string agesB, string expected)
    {
        // Given
        var a = Make(1, industry: "56101", ages: agesA);
        var b = Make(2, industry: "4764", ages: agesB);
        var matcher = new PartnerMatcher([a, b], [], new MatchSettings(60000, false));

        // When / Then
        matcher.FindPartners(1, 1, Options(language)).Single().Reasons[0].ShouldBe(expected);
    }

    [Theory]
    [InlineData(Language.English, "brings 3 600 people you do not reach yet", "in nearby areas")]
    [InlineData(Language.Finnish, "tuo 3 600 ihmistä, joita et vielä tavoita", "lähialueilla")]
    public void Partner_With_Only_Known_Channels_Should_Bring_People_In_Nearby_Areas(Language language, string reach, string place)
    {
        // Given: the same channel kind, catchments overlapping across the municipal border
        var a = Make(1, industry: "56101", channels: "facebook:6000", catchment: (66.50, 25.73, 30));
        var b = Make(2, industry: "4764", municipality: "845", channels: "facebook:4000", catchment: (66.30, 25.50, 30));
        var matcher = new PartnerMatcher([a, b], [], new MatchSettings(60000, false));

        // When
        var reasons = matcher.FindPartners(1, 1, Options(language)).Single().Reasons;

        // Then: new reach = 4000 · (1 − 6000/60000) = 3600
        reasons[0].ShouldEndWith(place);
        reasons[1].ShouldBe(reach);
    }

    [Theory]
    [InlineData(Language.English, false, "same industry, but marked fine together")]
    [InlineData(Language.Finnish, false, "sama toimiala, mutta merkitty sopiviksi yhdessä")]
    [InlineData(Language.English, true, "same industry class, different lines of business (small-town mode): café and 56102")]
    [InlineData(Language.Finnish, true, "sama toimialaluokka, eri alatoimiala (pikkukaupunkitila): kahvila ja 56102")]
    public void Same_Industry_Partners_Should_Say_Why_They_Are_Allowed(Language language, bool smallTown, string expected)
    {
        // Given
        var restaurant = Make(2, industry: "56102");
        PairPreference[] marks = smallTown ? [] : [new(1, 2, PairPreferenceKind.FineTogether)];
        var matcher = new PartnerMatcher([Cafe, restaurant], marks, new MatchSettings(60000, smallTown));

        // When
        var match = matcher.FindPartners(1, 1, Options(language)).Single();

        // Then
        match.Reasons.ShouldContain(expected);
    }

    [Theory]
    [InlineData(Language.English, "4764", "", "698", "", "Kahvila Aalto has marked Business 2 as never pair")]
    [InlineData(Language.Finnish, "4764", "", "698", "", "Kahvila Aalto on merkinnyt yrityksen Business 2: ei koskaan yhdessä")]
    [InlineData(Language.English, "56102", "", "698", "-", "competitors: both in industry class 5610 (café)")]
    [InlineData(Language.Finnish, "56102", "", "698", "-", "kilpailijat: molemmat toimialaluokassa 5610 (kahvila)")]
    [InlineData(Language.English, "1071", "coffee|pastries|cakes", "698", "-", "competitors: they sell largely the same things (coffee, pastries; 67 % overlap)")]
    [InlineData(Language.Finnish, "1071", "coffee|pastries|cakes", "698", "-", "kilpailijat: suurelta osin samat tuotteet (coffee, pastries; päällekkäisyys 67 %)")]
    [InlineData(Language.English, "4764", "", "148", "-", "no shared area: no municipality served in common and the catchments do not overlap")]
    [InlineData(Language.Finnish, "4764", "", "148", "-", "ei yhteistä aluetta: ei yhteisiä palvelukuntia eivätkä vaikutusalueet mene päällekkäin")]
    public void Explain_Should_Say_Each_Failed_Filter_In_Words(Language language, string industry, string offerings, string town, string mark, string expected)
    {
        // Given
        var candidate = Make(2, industry: industry, offerings: offerings, municipality: town);
        PairPreference[] marks = mark.Length == 0 ? [new(1, 2, PairPreferenceKind.NeverPair)] : [];
        var matcher = new PartnerMatcher([Cafe, candidate], marks, new MatchSettings(60000, false));

        // When
        var explanation = matcher.Explain(1, 2, Options(language));

        // Then
        explanation.IsMatch.ShouldBeFalse();
        explanation.Failures.ShouldBe([expected]);
    }

    [Fact]
    public void Explain_Should_Give_The_Score_Breakdown_Of_A_Match()
    {
        // Given
        var matcher = new PartnerMatcher([Cafe, Outdoor], [], new MatchSettings(60000, false));

        // When
        var explanation = matcher.Explain(1, 2, Options(Language.English));

        // Then: ages 0.8; interests: outdoor, listed by both, weighs round(100 · ln 2) = 69, food and nature listed by
        // one each round(100 · ln 3) = 110, so 2 · 69 / (69 + 110 + 69 + 110); same town 1, months 1, consumers 1
        explanation.IsMatch.ShouldBeTrue();
        explanation.Failures.ShouldBeEmpty();
        explanation.Components.Age.ShouldBe(0.8, 1e-12);
        explanation.Components.Interests.ShouldBe(138.0 / 358, 1e-12);
        explanation.Components.Area.ShouldBe(1);
        explanation.Score.ShouldBe(matcher.FindPartners(1, 1, Options(Language.English))[0].Score);
        explanation.Reasons.ShouldContain("different industries: café and outdoor gear");
    }

    [Fact]
    public void Numbers_Should_Be_Grouped_With_Spaces()
    {
        MatchTexts.Number(8200).ShouldBe("8 200");
        MatchTexts.Number(1234567.4).ShouldBe("1 234 567");
        MatchTexts.Number(999.5).ShouldBe("1 000");
    }
}
