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
    public static IReadOnlyList<string> Formats { get; } = ["csv", "md", "html", "xlsx", "json", "pdf"];

    /// <summary>The association's payment details, and today (by <paramref name="clock"/>) as the issue date.</summary>
    public static PaymentTerms TermsOf(AssociationSettings settings, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(clock);
        return new PaymentTerms(settings.BusinessId?.Value, settings.Iban?.Grouped, settings.PaymentTermDays, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
    }

    /// <summary>The binary formats, written to a file even without <c>-o</c>.</summary>
    public static bool IsBinary(string format) => format is "xlsx" or "pdf";

    /// <summary>One member's statement in a format: one amount, one reference, one due date, and why.</summary>
    public static byte[] RenderStatement(CampaignSummary summary, string member, string format, Language language, PaymentTerms terms)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var labels = SummaryLabels.For(language);
        var participant = StatementSections.Find(summary, member);
        var files = new StatementFileWriter(labels, terms);
        return format switch
        {
            "csv" => files.Csv(summary, participant, CsvDialect.For(language)),
            "md" => Encoding.UTF8.GetBytes(new MarkdownSummaryWriter(labels.Culture).WriteStatement(summary, participant, terms)),
            "html" => Encoding.UTF8.GetBytes(new HtmlSummaryWriter(labels.Culture).WriteStatement(summary, participant, terms)),
            "json" => Encoding.UTF8.GetBytes(files.Json(summary, participant)),
            "xlsx" => files.Xlsx(summary, participant),
            "pdf" => new PdfSummaryWriter(labels, terms).WriteStatement(summary, participant),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
    }

    /// <summary>The file's bytes (UTF-8 text, or the XLSX or PDF file).</summary>
    public static byte[] Render(CampaignSummary summary, string format, Language language, PaymentTerms terms)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (format == "pdf")
        {
            return new PdfSummaryWriter(SummaryLabels.For(language), terms).Write(summary);
        }

        return RenderText(summary, format, language, terms);
    }

    /// <summary>The file's bytes (UTF-8 text, or the XLSX package); with terms, payment instructions carry their due date.</summary>
    public static byte[] Render(CampaignSummary summary, string format, Language language) => RenderText(summary, format, language, null);

    private static byte[] RenderText(CampaignSummary summary, string format, Language language, PaymentTerms? terms)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var labels = SummaryLabels.For(language);
        var culture = labels.Culture;
        switch (format)
        {
            case "csv":
                return new CsvSummaryWriter(CsvDialect.For(language), labels).WriteBytes(summary, terms);
            case "md":
                return Encoding.UTF8.GetBytes(new MarkdownSummaryWriter(culture).Write(summary, terms));
            case "html":
                return Encoding.UTF8.GetBytes(new HtmlSummaryWriter(culture).Write(summary, terms));
            case "json":
                var json = Encoding.UTF8.GetBytes(new JsonSummaryWriter().Write(summary) + "\n");
                return terms is null ? json : WithTerms(json, terms);
            case "xlsx":
                using (var stream = new MemoryStream())
                {
                    new XlsxSummaryWriter(labels).Write(summary, stream, terms);
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

    /// <summary>
    /// The summary JSON with what the printed formats print besides the figures, in one more section,
    /// <c>paymentTerms</c> (Y-tunnus, IBAN, date, term and the due date of every payment instruction); the summary's
    /// own fields stay as <see cref="JsonSummaryWriter"/> writes them.
    /// </summary>
    private static byte[] WithTerms(byte[] json, PaymentTerms terms) => AddSection(json, "paymentTerms", PaymentTermsJson.Of(terms));

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The default file name of a binary export: the campaign's name made safe for a file system.</summary>
    public static string DefaultFileName(CampaignSummary summary, string format, string? member = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var invalid = Path.GetInvalidFileNameChars().Append(' ').ToHashSet();
        var full = member is null ? summary.Campaign.Name : $"{summary.Campaign.Name} {member}";
        var name = new string([.. full.Select(ch => invalid.Contains(ch) ? '-' : ch)]).Trim('-', '.');
        return $"{(name.Length == 0 ? "campaign" : name)}.{format}";
    }
}
