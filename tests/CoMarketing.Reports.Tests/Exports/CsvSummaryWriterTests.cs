using System.Text;
using CoMarketing.Core.Finance;
using CoMarketing.Reports.Exports;
using CsvHelper;

namespace CoMarketing.Reports.Tests.Exports;

public sealed class CsvSummaryWriterTests
{
    [Fact]
    public void Finnish_Csv_Should_Use_Semicolons_Decimal_Commas_Finnish_Words_And_A_Bom_And_Hold_The_Engines_Figures()
    {
        // When
        var bytes = new CsvSummaryWriter(CsvDialect.Finnish).WriteBytes(SummaryFixture.Summary);

        // Then
        bytes.Take(3).ShouldBe(Encoding.UTF8.Preamble.ToArray());
        var rows = Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)), ';');
        rows[0].ShouldBe(["Kampanja", "Tavoite", "tavoitearvo", "Alkaa", "Päättyy", "Tila", "Tilitys", "Yhdistys", "Valuutta"]);
        rows[1][1..7].ShouldBe(["uudet asiakkaat", "120", "1.9.2027", "31.10.2027", "suunniteltu", "suoraan jäsenten kesken"]);
        var split = SummaryFixture.Split;
        for (var k = 0; k < split.Items.Count; k++)
        {
            for (var i = 0; i < split.Participants.Count; i++)
            {
                var row = rows.Single(r => r[0] == split.Items[k].Item.Description && r[4] == split.Participants[i].Participant.Name);
                row[5..].ShouldBe([Fi(split.Items[k].Parts[i].Net), Fi(split.Items[k].Parts[i].Vat), Fi(split.Items[k].Parts[i].Gross)]);
            }
        }

        rows.Single(r => r[0] == "Lehti-ilmoitus" && r[4] == "Yhteensä")[1].ShouldBe("tasan");
        var cafe = rows.Single(r => r.Length == 10 && r[0] == SummaryFixture.Tricky);
        cafe[3].ShouldBe(Fi(split.Participants[0].Total.Gross));
        cafe[8..].ShouldBe(["10016", "RF0810016"]);
        rows.Single(r => r[0] == "Yhteensä" && r.Length == 10).ShouldBe(["Yhteensä", "2095,00", "523,30", "2618,30", "", "", "", "", "", ""]);
        rows.ShouldContain(r => r.SequenceEqual(new[] { "Maksaa", "Saaja", "Summa", "Viitenumero", "RF-viite" }));
        var headers = rows.Where(r => r.Length > 1 && r[1] is "Tavoite" or "Jakoperuste" or "Veroton" or "Saaja").ToList();
        headers.ShouldAllBe(h => h.Distinct().Count() == h.Length);
    }

    [Fact]
    public void Standard_Csv_Should_Use_Commas_Decimal_Points_English_Words_And_A_Bom()
    {
        var bytes = new CsvSummaryWriter(CsvDialect.Standard).WriteBytes(SummaryFixture.Summary);
        bytes.Take(3).ShouldBe(Encoding.UTF8.Preamble.ToArray());
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        text.ShouldStartWith("Campaign,Goal,target,Start,End,Status,Settlement,Association,Currency\r\n");
        text.ShouldContain("Lehti-ilmoitus,equal,Napapiirin Yrittäjät ry,25.5,Kuntosali,400.00,102.00,502.00\r\n");
        text.ShouldContain("\"Kahvila \"\"Aalto\"\"; Oy, <b>|x|</b>\"");
        var instruction = SummaryFixture.Summary.PaymentInstructions[0];
        Parse(text, ',').ShouldContain(r => r.Length == 5 && r[2] == instruction.Amount.ToString() && r[3] == instruction.Reference);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+358 40 123", "'+358 40 123")]
    [InlineData("-Oy", "'-Oy")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("Kahvila = hyvä", "Kahvila = hyvä")]
    public void Csv_Should_Neutralise_Text_That_A_Spreadsheet_Would_Run_As_A_Formula(string name, string written)
        => CsvSummaryWriter.Neutralise(name).ShouldBe(written);

    [Fact]
    public void A_Formula_Like_Name_Should_Be_Neutralised_While_A_Negative_Amount_Stays_A_Number()
    {
        // Given a participant named like a formula and a refund item
        var summary = SummaryFixture.With("=1+2", "-50.00");

        // When
        var rows = Parse(Encoding.UTF8.GetString(new CsvSummaryWriter(CsvDialect.Standard).WriteBytes(summary).AsSpan(3)), ',');

        // Then
        rows.ShouldContain(r => r[0] == "'=1+2");
        rows.ShouldNotContain(r => r[0] == "=1+2");
        rows.ShouldContain(r => r[0] == "Hyvitys" && r[4] == "Total" && r[5] == "-50.00");
    }

    private static string Fi(Money money) => money.ToString().Replace('.', ',');

    private static List<string[]> Parse(string text, char separator)
    {
        var options = CsvReaderOptions.Default with { Separator = separator, HasHeader = false, SkipEmptyLines = true };
        using var reader = CsvReader.FromText(text, options);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? string.Empty)]);
        }

        return rows;
    }
}
