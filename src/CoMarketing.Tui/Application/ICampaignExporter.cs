using CoMarketing.Core.Association;
using CoMarketing.Core.Reports;

namespace CoMarketing.Tui.Application;

/// <summary>The export writers (CSV, XLSX, HTML, Markdown, JSON…) as the command line's <c>export</c> uses them; the Cli provides it.</summary>
public interface ICampaignExporter
{
    /// <summary>The formats offered, as file extensions (<c>csv</c>, <c>xlsx</c>…).</summary>
    IReadOnlyList<string> Formats { get; }

    /// <summary>The file's bytes, rendered in memory so nothing is written when anything fails.</summary>
    byte[] Render(CampaignSummary summary, string format, Language language);
}
