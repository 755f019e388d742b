using System.Globalization;
using CoMarketing.Reports.Exports;

namespace CoMarketing.Reports.Tests.Exports;

public sealed class TextSummaryWriterTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");

    [Fact]
    public void Html_Should_Be_Self_Contained_Printable_On_A4_And_Escaped()
    {
        // When
        var html = new HtmlSummaryWriter(English).Write(SummaryFixture.Summary);

        // Then
        html.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"en\">");
        html.ShouldContain("@page { size: A4");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("<link");
        html.ShouldNotContain("<b>|x|</b>");
        html.ShouldContain("Kahvila &quot;Aalto&quot;; Oy, &lt;b&gt;|x|&lt;/b&gt;");
        html.ShouldContain("<h1>Syksyn &lt;sale&gt;</h1>");
        html.ShouldContain("<td class=\"num\">1,506.00 €</td>");
        html.ShouldContain("<td>10016</td><td>RF0810016</td>");
        html.ShouldContain("<h2>Payment instructions</h2>");
    }

    [Fact]
    public void Html_In_Finnish_Should_Have_Finnish_Headings_Words_Dates_And_Amounts()
    {
        var html = new HtmlSummaryWriter(Finnish).Write(SummaryFixture.Summary);
        html.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"fi\">");
        foreach (var text in new[] { "<h2>Kustannukset</h2>", "<h2>Maksuohjeet</h2>", "uudet asiakkaat", "suunniteltu", "1.9.2027 – 31.10.2027", "1&#160;506,00 €", "tasan" })
        {
            html.ShouldContain(text);
        }

        foreach (var english in new[] { "Cost items", "newCustomers", "planned", ">equal<", ">Total<" })
        {
            html.ShouldNotContain(english);
        }
    }

    [Fact]
    public void Markdown_Should_Hold_Every_Section_With_Escaped_Cells_And_No_Repeated_Column_Heading()
    {
        // When
        var markdown = new MarkdownSummaryWriter(Finnish).Write(SummaryFixture.Summary);

        // Then
        markdown.ShouldStartWith("# Syksyn \\<sale\\>\n");
        foreach (var heading in new[] { "## Kampanja", "## Kustannukset", "## Osallistujat", "## Tavoittavuus", "## Maksuohjeet" })
        {
            markdown.ShouldContain(heading);
        }

        markdown.ShouldContain("Kahvila \"Aalto\"; Oy, \\<b\\>\\|x\\|\\</b\\>");
        markdown.ShouldContain("| Yhteensä | 2\u00a0095,00 € | 523,30 € | 2\u00a0618,30 € |");
        markdown.ShouldContain("| Kenkäkauppa Sointu | ");
        var lines = markdown.Split('\n');
        lines.Where(l => l.StartsWith('|')).ShouldAllBe(l => l.EndsWith('|'));
        var headerRows = lines.Where((l, i) => i + 1 < lines.Length && lines[i + 1].StartsWith("| ---", StringComparison.Ordinal) || (i + 1 < lines.Length && lines[i + 1].StartsWith("|---", StringComparison.Ordinal)));
        foreach (var header in headerRows)
        {
            var cells = header.Split(" | ");
            cells.Distinct().Count().ShouldBe(cells.Length, header);
        }
    }
}
