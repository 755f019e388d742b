using System.Text.Json;
using CoMarketing.Core.Common;
using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>Reads a summary written by <see cref="JsonSummaryWriter"/>; anything else is a clear <see cref="DomainException"/>.</summary>
public static class JsonSummaryReader
{
    public static CampaignSummary Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, SummaryJson.Summary)
                ?? throw new DomainException("The summary file holds null instead of a campaign summary.");
        }
        catch (JsonException ex)
        {
            throw new DomainException($"Not a campaign summary: {ex.Message}", ex);
        }
    }
}
