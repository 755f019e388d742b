using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Core.Reference;

namespace CoMarketing.Core.Tests.Reference;

public sealed class ReferenceDataParserTests
{
    [Fact]
    public void ParseIndustries_Should_Read_Quoted_Names_With_Commas()
    {
        // Given
        const string text = "\uFEFFcode,name_fi,name_en\n56101,Ravintolat,Restaurants\r\n10200,\"Kalan, äyriäisten jalostus\",\"Processing of fish, \"\"crustaceans\"\"\"\n";

        // When
        var industries = ReferenceDataParser.ParseIndustries(text);

        // Then
        industries.Count.ShouldBe(2);
        industries[0].Code.Code.ShouldBe("56101");
        industries[0].NameEn.ShouldBe("Restaurants");
        industries[1].NameFi.ShouldBe("Kalan, äyriäisten jalostus");
        industries[1].NameEn.ShouldBe("Processing of fish, \"crustaceans\"");
    }

    [Theory]
    [InlineData("code,name_fi,name_en\n56101,Ravintolat,Restaurants\n5610x,Kahvilat,Cafés\n", "industries.csv line 3: Industry code must be")]
    [InlineData("code,name_fi,name_en\n56101,Ravintolat\n", "industries.csv line 2: expected 3 fields, got 2")]
    [InlineData("code,name_fi,name_en\n56101,Ravintolat,Restaurants\n\n56101,Ravintolat,Restaurants\n", "industries.csv line 4: '56101' is already on line 2")]
    [InlineData("code,name,name_en\n56101,Ravintolat,Restaurants\n", "industries.csv line 1: the header must be 'code,name_fi,name_en'")]
    [InlineData("code,name_fi,name_en\n56101,,Restaurants\n", "industries.csv line 2: Industry 56101 needs both a Finnish and an English name")]
    [InlineData("", "industries.csv is empty")]
    public void ParseIndustries_Should_Name_The_Line_Of_A_Bad_Row(string text, string expected)
    {
        // When
        var error = Should.Throw<DomainException>(() => ReferenceDataParser.ParseIndustries(text));

        // Then
        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void Parsers_Should_Report_Every_Bad_Line_Not_Just_The_First()
    {
        // Given
        const string text = "code,name_fi,name_sv,region,population,latitude,longitude\n"
            + "698,Rovaniemi,,Lappi,many,66.5,25.7\n"
            + "# a comment line\n"
            + "240,Kemi,,Lappi,19800,95,24.5\n"
            + "851,Tornio,Torneå,Lappi,21500,65.8,24.1\n";

        // When
        var error = Should.Throw<DomainException>(() => ReferenceDataParser.ParseMunicipalities(text));

        // Then
        error.Message.ShouldContain("municipalities.csv line 2: population must be a whole number, got 'many'");
        error.Message.ShouldContain("municipalities.csv line 4: Latitude must be between -90 and 90, got 95");
        error.Message.ShouldNotContain("line 5");
    }

    [Fact]
    public void ParseChannelProfiles_Should_Require_Every_Channel_Kind()
    {
        // Given
        const string text = "kind,label_fi,label_en,0-17,18-24,25-34,35-44,45-54,55-64,65+\ntiktok,TikTok,TikTok,25,38,20,9,5,2,1\n";

        // When
        var error = Should.Throw<DomainException>(() => ReferenceDataParser.ParseChannelProfiles(text));

        // Then
        error.Message.ShouldContain("no profile for channel kind(s) facebook, instagram");
    }

    [Fact]
    public void ParseChannelProfiles_Should_Normalise_Age_Weights()
    {
        // Given
        var lines = Enum.GetValues<ChannelKind>().Select(k => $"{ChannelKinds.ShortName(k)},fi,en,0,0,0,0,0,1,3");
        var text = "kind,label_fi,label_en,0-17,18-24,25-34,35-44,45-54,55-64,65+\n" + string.Join('\n', lines);

        // When
        var profiles = ReferenceDataParser.ParseChannelProfiles(text);

        // Then
        profiles.Count.ShouldBe(Enum.GetValues<ChannelKind>().Length);
        profiles[0].TypicalAges.Weights[6].ShouldBe(0.75, 1e-12);
    }

    [Fact]
    public void CsvText_Should_Give_The_Starting_Line_Of_A_Record_Spanning_Lines()
    {
        // Given
        const string text = "a,b\n\"two\nlines\",x\nlast,y";

        // When
        var records = CsvText.Parse(text, "t.csv");

        // Then
        records.Select(r => r.Line).ShouldBe([1, 2, 4]);
        records[1].Fields[0].ShouldBe("two\nlines");
    }

    [Fact]
    public void CsvText_Should_Refuse_An_Unclosed_Quote()
    {
        // When
        var error = Should.Throw<DomainException>(() => CsvText.Parse("a,b\n\"open,x\n", "t.csv"));

        // Then
        error.Message.ShouldBe("t.csv line 2: a quoted field is not closed.");
    }
}
