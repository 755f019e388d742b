using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
        var labels = SummaryLabels.For(language);
        var culture = labels.Culture;
        switch (format)
        {
            case "csv":
                return new CsvSummaryWriter(CsvDialect.For(language), labels).WriteBytes(summary);
            case "md":
                return Encoding.UTF8.GetBytes(new MarkdownSummaryWriter(culture).Write(summary));
            case "html":
                return Encoding.UTF8.GetBytes(new HtmlSummaryWriter(culture).Write(summary));
            case "json":
                return Encoding.UTF8.GetBytes(new JsonSummaryWriter().Write(summary) + "\n");
            case "xlsx":
                using (var stream = new MemoryStream())
                {
                    new XlsxSummaryWriter(labels).Write(summary, stream);
                    return stream.ToArray();
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format.");
        }
    }

    /// <summary>
    /// A JSON export with one more top-level section (the campaign's authoring document, so that
    /// <c>campaign import</c> can read the export back); the summary's own fields are unchanged.
    /// </summary>
    public static byte[] AddSection(byte[] json, string name, JsonNode section)
    {
        ArgumentNullException.ThrowIfNull(json);
        var root = JsonNode.Parse(json)!.AsObject();
        root[name] = section;
        return Encoding.UTF8.GetBytes(root.ToJsonString(Indented) + "\n");
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The default file name of a binary export: the campaign's name made safe for a file system.</summary>
    public static string DefaultFileName(CampaignSummary summary, string format)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var invalid = Path.GetInvalidFileNameChars().Append(' ').ToHashSet();
        var name = new string([.. summary.Campaign.Name.Select(ch => invalid.Contains(ch) ? '-' : ch)]).Trim('-', '.');
        return $"{(name.Length == 0 ? "campaign" : name)}.{format}";
    }
}
