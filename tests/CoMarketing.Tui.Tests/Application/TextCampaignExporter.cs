using System.Globalization;
using System.Text;
using CoMarketing.Core.Association;
using CoMarketing.Core.Reports;
using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Tests.Application;

/// <summary>
/// A plain-text exporter for screen tests (the real writers live in the Cli, which these tests do not reference): the
/// campaign's name, the language and each participant's invoiced amount in cents, one line each.
/// </summary>
internal sealed class TextCampaignExporter : ICampaignExporter
{
    public IReadOnlyList<string> Formats { get; } = ["csv", "md"];

    public byte[] Render(CampaignSummary summary, string format, Language language)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{format} {language} {summary.Campaign.Name}");
        foreach (var participant in summary.Participants)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{participant.Name};{participant.Invoiced.Cents}");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
