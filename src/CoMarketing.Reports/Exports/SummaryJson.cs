using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CoMarketing.Core.Reports;
using CoMarketing.Core.Settlement;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// The JSON options of the summary: camelCase, indented, amounts as strings, non-ASCII letters as is. The contract
/// comes from <see cref="SummaryJsonContext"/> (no reflection); these options still decide names and formats.
/// </summary>
internal static class SummaryJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new MoneyJsonConverter(), new JsonStringEnumConverter<SettlementMode>(JsonNamingPolicy.CamelCase) },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        TypeInfoResolver = SummaryJsonContext.Default,
    };

    /// <summary>The summary's contract under these options.</summary>
    public static JsonTypeInfo<CampaignSummary> Summary { get; } = (JsonTypeInfo<CampaignSummary>)Options.GetTypeInfo(typeof(CampaignSummary));
}
