using System.Globalization;
using CoMarketing.Reports.Exports;

namespace CoMarketing.Reports.Tests.Exports;

public sealed class TextSummaryWriterTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Html_Should_Be_Self_Contained_Printable_On_A4_And_Escaped()
    {
        // When
        var html = new HtmlSummaryWriter(English).Write(SummaryFixture.Summary);

        // Then
        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("@page { size: A4;");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("<link");
        html.ShouldNotContain("<b>|x|</b>");
        html.ShouldContain("Kahvila &quot;Aalto&quot;; Oy, &lt;b&gt;|x|&lt;/b&gt;");
        html.ShouldContain("<h1>Syksyn &lt;sale&gt;</h1>");
        html.ShouldContain("<td class=\"num\">1,506.00 €</td>");
        html.ShouldContain("<td>10016</td><td>RF0810016</td>");
    }

    [Fact]
    public void Markdown_Should_Hold_Every_Section_With_Escaped_Cells()
    {
        // When
        var markdown = new MarkdownSummaryWriter(CultureInfo.GetCultureInfo("fi-FI")).Write(SummaryFixture.Summary);

        // Then
        markdown.ShouldStartWith("# Syksyn \\<sale\\>\n");
        foreach (var heading in new[] { "## Campaign", "## Cost items", "## Participants", "## Reach", "## Settlement", "## Invoice lines" })
        {
            markdown.ShouldContain(heading);
        }

        markdown.ShouldContain("Kahvila \"Aalto\"; Oy, \\<b\\>\\|x\\|\\</b\\>");
        markdown.ShouldContain("| Total | 2\u00a0095,00 € | 523,30 € | 2\u00a0618,30 € |");
        markdown.ShouldContain("| Kenkäkauppa Sointu | ");
        markdown.Split('\n').Where(l => l.StartsWith('|')).ShouldAllBe(l => l.EndsWith('|'));
    }
}
