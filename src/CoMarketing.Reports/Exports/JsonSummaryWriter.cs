using System.Text.Json;
using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// Writes a <see cref="CampaignSummary"/> as one camelCase JSON document holding every figure (amounts as strings with
/// two decimals, dates <c>yyyy-MM-dd</c>), so that <see cref="JsonSummaryReader"/> reads back the same summary.
/// </summary>
public sealed class JsonSummaryWriter
{
    public string Write(CampaignSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return JsonSerializer.Serialize(summary, SummaryJson.Summary);
    }
}
