using System.Text.Json.Serialization;
using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>The summary's JSON contract generated at build time, so that it is written and read without reflection (Native AOT).</summary>
[JsonSerializable(typeof(CampaignSummary))]
internal sealed partial class SummaryJsonContext : JsonSerializerContext;
