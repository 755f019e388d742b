using System.Globalization;
using System.Text;
using CoMarketing.Core.Association;
using CoMarketing.Core.Reports;
using CoMarketing.Reports.Exports;

namespace CoMarketing.Cli.Commands.Export;

/// <summary>Renders a summary in one format, entirely in memory, so nothing is written when anything fails.</summary>
public static class SummaryExport
{
    /// <summary>The formats <c>export --format</c> accepts.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["csv", "md", "html", "xlsx", "json"];

    /// <summary>The file's bytes (UTF-8 text, or the XLSX package).</summary>
    public static byte[] Render(CampaignSummary summary, string format, Language language)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var culture = CultureInfo.GetCultureInfo(language == Language.Finnish ? "fi-FI" : "en-GB");
        switch (format)
        {
            case "csv":
                return new CsvSummaryWriter(CsvDialect.For(language)).WriteBytes(summary);
            case "md":
                return Encoding.UTF8.GetBytes(new MarkdownSummaryWriter(culture).Write(summary));
            case "html":
                return Encoding.UTF8.GetBytes(new HtmlSummaryWriter(culture).Write(summary));
            case "json":
                return Encoding.UTF8.GetBytes(new JsonSummaryWriter().Write(summary) + "\n");
            case "xlsx":
                using (var stream = new MemoryStream())
                {
                    new XlsxSummaryWriter().Write(summary, stream);
                    return stream.ToArray();
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format.");
        }
    }

    /// <summary>The default file name of a binary export: the campaign's name made safe for a file system.</summary>
    public static string DefaultFileName(CampaignSummary summary, string format)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var invalid = Path.GetInvalidFileNameChars().Append(' ').ToHashSet();
        var name = new string([.. summary.Campaign.Name.Select(ch => invalid.Contains(ch) ? '-' : ch)]).Trim('-', '.');
        return $"{(name.Length == 0 ? "campaign" : name)}.{format}";
    }
}
