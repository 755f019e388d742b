using System.Text;
using CoMarketing.Reports.Exports;
using CsvHelper;

namespace CoMarketing.Reports.Tests.Exports;

public sealed class CsvSummaryWriterTests
{
    [Fact]
    public void Finnish_Csv_Should_Use_Semicolons_Decimal_Commas_And_A_Bom_And_Hold_The_Engines_Figures()
    {
        // When
        var bytes = new CsvSummaryWriter(CsvDialect.Finnish).WriteBytes(SummaryFixture.Summary);

        // Then
        bytes.Take(3).ShouldBe(Encoding.UTF8.Preamble.ToArray());
        var rows = Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)), ';');
        var split = SummaryFixture.Split;
        for (var k = 0; k < split.Items.Count; k++)
        {
            for (var i = 0; i < split.Participants.Count; i++)
            {
                var row = rows.Single(r => r[0] == split.Items[k].Item.Description && r[4] == split.Participants[i].Participant.Name);
                row[5..].ShouldBe([Fi(split.Items[k].Parts[i].Net), Fi(split.Items[k].Parts[i].Vat), Fi(split.Items[k].Parts[i].Gross)]);
            }
        }

        var cafe = rows.Single(r => r.Length == 8 && r[0] == SummaryFixture.Tricky);
        cafe[3].ShouldBe(Fi(split.Participants[0].Total.Gross));
        rows.Single(r => r[0] == "total" && r.Length == 8 && r[4] == string.Empty).ShouldBe(["total", "2095,00", "523,30", "2618,30", string.Empty, string.Empty, string.Empty, string.Empty]);
        rows.Single(r => r[0] == "population")[1].ShouldBe("combined reach");
        rows.Single(r => r.Length == 4 && r[2] == "10016").ShouldBe([SummaryFixture.Tricky, Fi(split.Participants[0].Invoiced), "10016", "RF0810016"]);
    }

    [Fact]
    public void Standard_Csv_Should_Use_Commas_Decimal_Points_And_No_Bom()
    {
        var bytes = new CsvSummaryWriter(CsvDialect.Standard).WriteBytes(SummaryFixture.Summary);
        bytes[0].ShouldBe((byte)'c');
        var text = Encoding.UTF8.GetString(bytes);
        text.ShouldContain("Lehti-ilmoitus,equal,Napapiirin Yrittäjät ry,25.5,Kuntosali,400.00,102.00,502.00\r\n");
        text.ShouldContain("\"Kahvila \"\"Aalto\"\"; Oy, <b>|x|</b>\"");
        Parse(text, ',').ShouldContain(r => r.Length == 3 && r[2] == SummaryFixture.Split.Transfers[0].Amount.ToString());
    }

    private static string Fi(Core.Finance.Money money) => money.ToString().Replace('.', ',');

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
