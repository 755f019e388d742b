using CoMarketing.Core.Association;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using CoMarketing.Core.Reference;

namespace CoMarketing.Core.Tests.Reference;

/// <summary>Checks the shipped reference files in <c>data/</c> (copied into the test output).</summary>
public sealed class ReferenceDataTests
{
    private static readonly string[] LaplandCodes =
        ["698", "240", "851", "320", "758", "261", "148", "047", "890", "498", "273", "854", "976", "845", "241", "751", "683", "614", "583", "742", "732"];

    private static readonly Lazy<ReferenceData> Shipped = new(() => ReferenceData.Parse(
        Read("industries.csv"), Read("municipalities.csv"), Read("interests.csv"), Read("channel-kinds.csv"), Read("interest-affinities.csv"),
        Read("industry-complements.csv")));

    private static ReferenceData Data => Shipped.Value;

    [Fact]
    public void Shipped_Industries_Should_Hold_At_Least_150_Classes_With_Both_Names()
    {
        // Then
        Data.Industries.Count.ShouldBeGreaterThanOrEqualTo(150);
        Data.Industries.ShouldAllBe(i => i.NameFi.Length > 0 && i.NameEn.Length > 0);
    }

    [Theory]
    [InlineData("56101", "Ravintolat", "Restaurants")]
    [InlineData("56102", "Kahvila-ravintolat", "Cafés and cafeteria-restaurants")]
    [InlineData("93130", "Kuntokeskukset", "Fitness facilities")]
    [InlineData("96021", "Parturit", "Barbers")]
    [InlineData("69202", "Kirjanpito- ja tilinpäätöspalvelu", "Bookkeeping and financial statement services")]
    [InlineData("00000", "Toimiala tuntematon", "Industry unknown")]
    public void FindIndustry_Should_Give_The_Official_Names(string code, string fi, string en)
    {
        // When
        var industry = Data.FindIndustry(IndustryCode.Parse(code));

        // Then
        industry.ShouldNotBeNull();
        industry.Name(Language.Finnish).ShouldBe(fi);
        industry.Name(Language.English).ShouldBe(en);
    }

    [Fact]
    public void FindIndustry_Should_Fall_Back_To_The_Four_Digit_Class()
    {
        // When
        var industry = Data.FindIndustry(IndustryCode.Parse("74101"));

        // Then
        industry.ShouldNotBeNull();
        industry.Code.Code.ShouldBe("7410");
        Data.FindIndustry(IndustryCode.Parse("12345")).ShouldBeNull();
    }

    [Fact]
    public void Shipped_Municipalities_Should_Include_All_Of_Lapland_And_The_Largest_Of_Finland()
    {
        // Then
        var lapland = Data.Municipalities.Where(m => m.Region == "Lappi").Select(m => m.Code.Value).ToList();
        lapland.ShouldBe(LaplandCodes.Order(StringComparer.Ordinal), ignoreOrder: true);
        Data.Municipalities.Count(m => m.Region != "Lappi").ShouldBeGreaterThanOrEqualTo(40);
        Data.FindMunicipality(MunicipalityCode.Parse("091"))!.Name.ShouldBe("Helsinki");
        Data.FindMunicipality(MunicipalityCode.Parse("698"))!.Population.ShouldBeInRange(60000, 70000);
        Data.Municipalities.ShouldAllBe(m => m.Centre != null && m.Population > 0);
    }

    [Theory]
    [InlineData("Rovaniemi", "698")]
    [InlineData("  sodankylä ", "758")]
    [InlineData("SODANKYLÄ", "758")]
    [InlineData("So\u0064ankyla\u0308", "758")]
    [InlineData("Torneå", "851")]
    [InlineData("Helsingfors", "091")]
    [InlineData("JÄRVENPÄÄ", "186")]
    [InlineData("698", "698")]
    [InlineData("91", "091")]
    public void TryResolveMunicipality_Should_Accept_Names_In_Any_Case_And_Codes(string text, string code)
    {
        // When
        var ok = Data.TryResolveMunicipality(text, out var resolved, out var known, out _);

        // Then
        ok.ShouldBeTrue();
        resolved.Value.ShouldBe(code);
        known.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Atlantis", "Unknown municipality 'Atlantis'")]
    [InlineData("", "Municipality is empty")]
    [InlineData("1234", "official three-digit code")]
    public void TryResolveMunicipality_Should_Refuse_Unknown_Names_With_A_Message(string text, string expected)
    {
        // When
        var ok = Data.TryResolveMunicipality(text, out _, out _, out var error);

        // Then
        ok.ShouldBeFalse();
        error.ShouldContain(expected);
    }

    [Fact]
    public void Shipped_Interests_Should_Hold_At_Least_40_Tags_With_Labels()
    {
        // Then
        Data.Interests.Count.ShouldBeGreaterThanOrEqualTo(40);
        Data.IsVocabularyInterest(InterestTag.Parse("Families")).ShouldBeTrue();
        Data.FindInterest(InterestTag.Parse("fishing"))!.LabelFi.ShouldBe("Kalastus");
        Data.IsVocabularyInterest(InterestTag.Parse("kitesurfing")).ShouldBeFalse();
    }

    [Fact]
    public void Shipped_Channel_Profiles_Should_Lean_Young_On_TikTok_And_Old_In_The_Local_Newspaper()
    {
        // When
        var tiktok = Data.ChannelProfile(ChannelKind.TikTok).TypicalAges;
        var newspaper = Data.ChannelProfile(ChannelKind.LocalNewspaper).TypicalAges;
        var linkedIn = Data.ChannelProfile(ChannelKind.LinkedIn).TypicalAges;

        // Then
        (tiktok[AgeBand.Under18] + tiktok[AgeBand.From18To24]).ShouldBeGreaterThan(0.5);
        (newspaper[AgeBand.From55To64] + newspaper[AgeBand.From65]).ShouldBeGreaterThan(0.5);
        (linkedIn[AgeBand.From25To34] + linkedIn[AgeBand.From35To44] + linkedIn[AgeBand.From45To54]).ShouldBeGreaterThan(0.75);
        Data.ChannelProfiles.Count.ShouldBe(Enum.GetValues<ChannelKind>().Length);
        Data.ChannelProfile(ChannelKind.LocalNewspaper).LabelFi.ShouldBe("Paikallislehti");
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", file));

    [Fact]
    public void Shipped_Related_Interests_Should_Use_The_Vocabulary_And_The_Three_Levels()
    {
        // Then
        Data.InterestAffinities.All.Count.ShouldBeGreaterThan(50);
        Data.InterestAffinities.Levels.ShouldBe([75, 50, 25]);
        Data.InterestAffinities.Percent(InterestTag.Parse("fishing"), InterestTag.Parse("hunting")).ShouldBe(50);
        Data.InterestAffinities.Percent(InterestTag.Parse("families"), InterestTag.Parse("children")).ShouldBe(75);
        Data.InterestAffinities.Percent(InterestTag.Parse("fishing"), InterestTag.Parse("beauty")).ShouldBe(0);
        Data.InterestAffinities.All.ShouldAllBe(a => a.Why != null);
    }

    [Theory]
    [InlineData("tag,related,percent,why\nfishing,hunting,50,x\nhunting,fishing,75,y", "interest-affinities.csv line 3: 'fishing~hunting' is already on line 2.")]
    [InlineData("tag,related,percent,why\nfishing,fishing,50,x", "interest-affinities.csv line 2: Interest 'fishing' cannot be related to itself; a shared tag always counts fully.")]
    [InlineData("tag,related,percent,why\nfishing,hunting,100,x", "interest-affinities.csv line 2: The percent of 'fishing' and 'hunting' must be a whole number from 1 to 99, got 100.")]
    [InlineData("tag,related,percent,why\nfishing,hunting,half,x", "interest-affinities.csv line 2: percent must be a whole number, got 'half'.")]
    public void Bad_Related_Interest_Lines_Should_Be_Reported_With_Their_Line(string text, string message)
    {
        Should.Throw<Core.Common.DomainException>(() => ReferenceDataParser.ParseInterestAffinities(text))
            .Message.ShouldBe(message);
    }

    [Fact]
    public void Shipped_Complementary_Industries_Should_Cover_Listed_Industries_At_The_Three_Levels()
    {
        // Then
        Data.IndustryComplements.All.Count.ShouldBeGreaterThan(60);
        Data.IndustryComplements.All.Select(c => c.Percent).Distinct().Order().ShouldBe([25, 50, 75]);
        Data.IndustryComplements.All.ShouldAllBe(c => c.Why != null);
        Data.IndustryComplements.Percent(IndustryCode.Parse("56102"), IndustryCode.Parse("47610")).ShouldBe(75);
    }

    [Theory]
    [InlineData("industry,complement,percent,why\n5610,4761,50,x\n4761,5610,75,y", "industry-complements.csv line 3: '4761~5610' is already on line 2.")]
    [InlineData("industry,complement,percent,why\n5610,56102,50,x", "industry-complements.csv line 2: Industries '5610' and '56102' are of the same class: they compete rather than complement each other.")]
    [InlineData("industry,complement,percent,why\n5610,4761,half,x", "industry-complements.csv line 2: percent must be a whole number, got 'half'.")]
    public void Bad_Complementary_Industry_Lines_Should_Be_Reported_With_Their_Line(string text, string message)
    {
        Should.Throw<Core.Common.DomainException>(() => ReferenceDataParser.ParseIndustryComplements(text))
            .Message.ShouldBe(message);
    }

    [Fact]
    public void Complementary_Industries_Outside_The_Industry_List_Should_Be_Refused()
    {
        Should.Throw<Core.Common.DomainException>(() => ReferenceData.Parse(
                Read("industries.csv"), Read("municipalities.csv"), Read("interests.csv"), Read("channel-kinds.csv"), null,
                "industry,complement,percent,why\n5610,9999,50,x"))
            .Message.ShouldBe("Complementary industries name '9999', which covers no industry of industries.csv.");
    }

    [Fact]
    public void Related_Interests_Outside_The_Vocabulary_Should_Be_Refused()
    {
        Should.Throw<Core.Common.DomainException>(() => ReferenceData.Parse(
                Read("industries.csv"), Read("municipalities.csv"), Read("interests.csv"), Read("channel-kinds.csv"), "tag,related,percent,why\nfishing,ice-hockey,50,x"))
            .Message.ShouldBe("Related interests name 'ice-hockey', which is not in the interest vocabulary (interests.csv).");
    }
}
