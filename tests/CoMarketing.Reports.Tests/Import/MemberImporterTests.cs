using System.Text;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Reference;
using CoMarketing.Reports.Import;
using CoMarketing.Reports.Tests.Import.Hostile;

namespace CoMarketing.Reports.Tests.Import;

public sealed class MemberImporterTests
{
    private const string Header = "name;business_id;industry;offerings;municipality;customer_type;ages;interests;months;contact;email;phone;channels";
    private const string GoodRow = "Kahvila Mänty;2077474-0;56102;kahvi|pulla;Rovaniemi;consumers;25-34:0.4|35-44:0.4|45-54:0.2;coffee|families;6-8|12;Aila Mäntylä;aila@manty.fi;040 123 4567;instagram:4200|facebook:1800|newspaper:12000";

    private static readonly Lazy<ReferenceData> Reference = new(() => ReferenceData.Parse(
        Read("industries.csv"), Read("municipalities.csv"), Read("interests.csv"), Read("channel-kinds.csv")));

    private static readonly MunicipalityCode Rovaniemi = MunicipalityCode.Parse("698");

    [Fact]
    public void Import_Should_Read_Every_Column_Of_A_Good_Row()
    {
        // When
        var report = ImportCsv(Header + "\n" + GoodRow + "\n", withBom: false);

        // Then
        report.Errors.ShouldBeEmpty();
        var b = report.Businesses.ShouldHaveSingleItem();
        b.Name.ShouldBe("Kahvila Mänty");
        b.BusinessId!.Value.Value.ShouldBe("2077474-0");
        b.Industry.Code.ShouldBe("56102");
        b.Offerings.ShouldBe(["kahvi", "pulla"]);
        b.Municipality.Value.ShouldBe("698");
        b.CustomerType.ShouldBe(CustomerType.Consumers);
        b.Audience.Ages[AgeBand.From25To34].ShouldBe(0.4, 1e-9);
        b.Audience.Interests.Select(i => i.Value).ShouldBe(["coffee", "families"]);
        b.Audience.Months.Months.ShouldBe([6, 7, 8, 12]);
        b.Contact.Person.ShouldBe("Aila Mäntylä");
        b.Channels.Select(c => (c.Kind, c.AudienceSize)).ShouldBe([(ChannelKind.Instagram, 4200), (ChannelKind.Facebook, 1800), (ChannelKind.LocalNewspaper, 12000)]);
    }

    [Theory]
    [InlineData(";", false)]
    [InlineData(";", true)]
    [InlineData(",", false)]
    [InlineData(",", true)]
    public void Import_Should_Detect_The_Delimiter_With_Or_Without_Bom(string delimiter, bool withBom)
    {
        // Given
        var text = "NAME" + delimiter + "Industry" + delimiter + "Municipality\n"
            + "Pörriäinen Oy" + delimiter + "47711" + delimiter + "sodankylä\n"
            + "\"Kauppa, Ääri\"" + delimiter + "47112" + delimiter + "758\n";

        // When
        var report = ImportCsv(text, withBom);

        // Then
        report.Errors.ShouldBeEmpty();
        report.Businesses.Select(b => b.Name).ShouldBe(["Pörriäinen Oy", "Kauppa, Ääri"]);
        report.Businesses.ShouldAllBe(b => b.Municipality.Value == "758");
    }

    [Theory]
    [InlineData("Bad Id;2077474-1;56102;;;;;;;;;;", "business_id: Business ID (Y-tunnus) '2077474-1' has a wrong check digit")]
    [InlineData("Bad Industry;;56x01;;;;;;;;;;", "industry: Industry code must be a TOL 2008 class")]
    [InlineData("Bad Town;;;;Atlantis;;;;;;;;", "municipality: Unknown municipality 'Atlantis'")]
    [InlineData("Bad Type;;;;;people;;;;;;;", "customer_type: 'people' is not a customer type")]
    [InlineData("Bad Ages;;;;;;25-34:x;;;;;;", "ages: Age part '25-34:x' must look like 25-34:0.4")]
    [InlineData("Zero Ages;;;;;;25-34:0;;;;;;", "ages: An age distribution needs at least one band with a weight above zero")]
    [InlineData("Bad Months;;;;;;;;13;;;;", "months: Months part '13' has a month outside 1–12")]
    [InlineData("Bad Mail;;;;;;;;;;aila.at.example;;", "email: E-mail 'aila.at.example' does not look like an address")]
    [InlineData("Bad Phone;;;;;;;;;;;12;", "phone: Phone '12' must be digits")]
    [InlineData("Bad Channel;;;;;;;;;;;;myspace:100", "channels: Unknown channel kind 'myspace'")]
    [InlineData("Bad Size;;;;;;;;;;;;instagram:lots", "channels: channel 'instagram:lots' must look like instagram:4200")]
    [InlineData(";;56102;;;;;;;;;;", "name: a business name is required")]
    [InlineData("Bad Interest;;;;;;;a,b;;;;;", "interests: Interest tag 'a,b' cannot contain")]
    public void Import_Should_Refuse_A_Bad_Row_With_Its_Line_And_Reason(string row, string expected)
    {
        // Given
        var text = Header + "\n" + GoodRow + "\n" + row + "\n";

        // When
        var report = ImportCsv(text, withBom: false);

        // Then
        report.IsValid.ShouldBeFalse();
        report.Businesses.ShouldBeEmpty();
        var error = report.Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(3);
        error.Message.ShouldContain(expected);
    }

    [Theory]
    [InlineData(9, "contact: The contact person's name must be at most 100 characters, got 101.")]
    [InlineData(10, "email: An e-mail address must be at most 254 characters, got 260.")]
    public void A_Contact_Detail_Too_Long_Should_Be_Refused_At_Its_Own_Column(int column, string expected)
    {
        // Given
        var cells = Enumerable.Repeat(string.Empty, 13).ToArray();
        cells[0] = "Long Contact";
        cells[column] = column == 9 ? new string('x', 101) : new string('x', 249) + "@example.fi";

        // When
        var report = ImportCsv(Header + "\n" + string.Join(';', cells) + "\n", withBom: false);

        // Then
        report.Errors.ShouldHaveSingleItem().Message.ShouldBe(expected);
    }

    [Fact]
    public void Import_Should_Report_Every_Error_Of_Every_Row_With_Line_Numbers()
    {
        // Given
        var text = Header + "\n"
            + GoodRow + "\n"
            + "\n"
            + "Two Errors;123;;;Atlantis;;;;;;;;\n"
            + "\"Multi\nline name\";;56101;;;;;;;;;;\n"
            + "Fine Again;;56101;;;;;;;;;;\n"
            + "kahvila mänty;;56101;;;;;;;;;;\n";

        // When
        var report = ImportCsv(text, withBom: true);

        // Then
        report.Errors.Select(e => e.ToString()).ShouldBe(
        [
            "line 4: business_id: Business ID (Y-tunnus) must look like 1234567-8; got '123'.",
            "line 4: municipality: Unknown municipality 'Atlantis'; use its Finnish or Swedish name or the official three-digit code.",
            "line 8: name: 'kahvila mänty' is already on line 2.",
        ]);
        report.Businesses.ShouldBeEmpty();
    }

    [Fact]
    public void Import_Should_Refuse_Names_And_Business_Ids_Of_Existing_Members()
    {
        // Given
        var existing = new Business(7, "KAHVILA MÄNTY", null, Core.Industries.IndustryCode.Parse("56102"), [], Rovaniemi, null, CustomerType.Consumers, ContactInfo.None, null, false, Audience.Empty, []);
        var text = Header + "\n" + GoodRow + "\n";

        // When
        var report = MemberImporter.Read(Stream(text, false), "members.csv", Reference.Value, [existing], Rovaniemi);

        // Then
        report.Errors.ShouldHaveSingleItem().ToString().ShouldBe("line 2: name: a member named 'Kahvila Mänty' already exists.");
    }

    [Fact]
    public void Import_Should_Use_Documented_Defaults_And_Warn_About_Unknown_Columns_And_Codes()
    {
        // Given
        const string text = "name;colour;industry\nPelkkä Nimi;red;\nOutokoodi;blue;12345\n";

        // When
        var report = ImportCsv(text, withBom: false);

        // Then
        report.Errors.ShouldBeEmpty();
        var plain = report.Businesses[0];
        plain.Industry.ShouldBe(IndustryClass.UnknownCode);
        plain.Municipality.ShouldBe(Rovaniemi);
        plain.CustomerType.ShouldBe(CustomerType.Consumers);
        plain.Audience.Ages.ShouldBe(AgeDistribution.Uniform);
        plain.Audience.Months.ShouldBe(ActiveMonths.AllYear);
        report.Warnings.Select(w => w.ToString()).ShouldContain(w => w.StartsWith("line 1: unknown column 'colour' is ignored", StringComparison.Ordinal));
        report.Warnings.Select(w => w.ToString()).ShouldContain("line 3: industry: 12345 is not in the TOL 2008 reference list; check the code.");
    }

    [Fact]
    public void Import_Without_A_Default_Municipality_Should_Ask_For_One()
    {
        // When
        var report = MemberImporter.Read(Stream("name\nUusi Yritys\n", false), "m.csv", Reference.Value, [], null);

        // Then
        report.Errors.ShouldHaveSingleItem().Message.ShouldContain("municipality: missing, and there is no default");
    }

    [Theory]
    [InlineData("industry;offerings\n56101;ruoka\n", "line 1: the header has no 'name' column")]
    [InlineData("name;Name\nA;B\n", "line 1: the column 'name' appears 2 times")]
    [InlineData("", "line 1: the file is empty")]
    [InlineData("name;industry\nA;56101;extra;cells\n", "line 2: the row has 4 cells but the header has 2 columns")]
    public void Import_Should_Refuse_A_Bad_Header_Or_Row_Shape(string text, string expected)
    {
        // When
        var report = ImportCsv(text, withBom: false);

        // Then
        report.Errors.Select(e => e.ToString()).ShouldContain(e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_Should_Read_The_First_Worksheet_Of_An_Xlsx_File_With_Row_Numbers_As_Lines()
    {
        // Given
        var stream = new MemoryStream(XlsxFiles.WithValues(
            ("A1", "Name"), ("B1", "Industry"), ("C1", "Municipality"), ("D1", "Ages"), ("E1", "Channels"),
            ("A2", "Äijälän Porotila"), ("B2", 1492), ("C2", 698), ("D2", "0-17:0.5|65+:0.5"), ("E2", "instagram:9300"),
            ("A3", "Kemin Kala"), ("B3", 47230), ("C3", "Kemi"),
            ("A5", "Rikki"), ("C5", "Nowhere")));

        // When
        var report = MemberImporter.Read(stream, "members.XLSX", Reference.Value, [], Rovaniemi);

        // Then
        report.Errors.ShouldHaveSingleItem().ToString().ShouldStartWith("line 5: municipality: Unknown municipality 'Nowhere'");
        var table = XlsxTableReader.Read(Reset(stream));
        table.Rows.Select(r => r.Line).ShouldBe([2, 3, 5]);
        table.Rows[0].Get("industry").ShouldBe("1492");
        table.Rows[0].Get("municipality").ShouldBe("698");
    }

    [Fact]
    public void Months_That_The_Spreadsheet_Turned_Into_A_Date_Should_Be_Refused_Saying_So()
    {
        // Given "6-8" typed into a cell that Excel made the date 6.8.2027
        var stream = new MemoryStream(XlsxFiles.WithValues(("A1", "name"), ("B1", "months"), ("A2", "Kahvila Kesä"), ("B2", new DateTime(2027, 8, 6))));

        // When
        var report = MemberImporter.Read(stream, "m.xlsx", Reference.Value, [], Rovaniemi);

        // Then
        report.Businesses.ShouldBeEmpty();
        report.Errors.ShouldHaveSingleItem().ToString().ShouldStartWith("line 2: months: '2027-08-06' is a date: the spreadsheet turned the months into a date.");
    }

    [Fact]
    public void Import_Should_Accept_A_Good_Xlsx_File()
    {
        // Given
        var stream = new MemoryStream(XlsxFiles.WithValues(("A1", "name"), ("B1", "ages"), ("A2", "Öinen Kahvila"), ("B2", "18-24:1")));

        // When
        var report = MemberImporter.Read(stream, "m.xlsx", Reference.Value, [], Rovaniemi);

        // Then
        report.Errors.ShouldBeEmpty();
        report.Businesses.ShouldHaveSingleItem().Audience.Ages[AgeBand.From18To24].ShouldBe(1.0);
    }

    [Fact]
    public void The_Shipped_Example_File_Should_Import_Cleanly()
    {
        // When
        var path = Path.Combine(AppContext.BaseDirectory, "data", "examples", "members-example.csv");
        using var stream = File.OpenRead(path);
        var report = MemberImporter.Read(stream, path, Reference.Value, [], null);

        // Then
        report.Errors.ShouldBeEmpty();
        report.Warnings.ShouldBeEmpty();
        report.Businesses.Count.ShouldBe(3);
    }

    private static ImportReport ImportCsv(string text, bool withBom)
        => MemberImporter.Read(Stream(text, withBom), "members.csv", Reference.Value, [], Rovaniemi);

    private static MemoryStream Stream(string text, bool withBom)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new MemoryStream(withBom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }

    private static MemoryStream Reset(MemoryStream stream)
    {
        stream.Position = 0;
        return stream;
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", file));
}
