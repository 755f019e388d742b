using System.Text.Json;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Splitting;
using CoMarketing.Reports.Exports;

namespace CoMarketing.Reports.Tests.Exports;

public sealed class SummaryLabelsTests
{
    public static TheoryData<string> Languages() => new() { "fi", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_Label_Should_Have_Words(string language)
    {
        var labels = language == "fi" ? SummaryLabels.Finnish : SummaryLabels.English;

        typeof(SummaryLabels).GetProperties().Where(p => p.PropertyType == typeof(string) && p.Name != nameof(SummaryLabels.Code))
            .ShouldAllBe(p => !string.IsNullOrWhiteSpace((string?)p.GetValue(labels)));
        labels.RespondDuty(1).ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_Value_Word_Should_Be_Translated(string language)
    {
        // Given every goal kind, status, split rule, settlement mode and channel kind an export can name
        var labels = language == "fi" ? SummaryLabels.Finnish : SummaryLabels.English;
        var values = Enum.GetValues<CampaignGoalKind>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))
            .Concat(Enum.GetValues<CampaignStatus>().Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString())))
            .Concat(Enum.GetValues<SplitRule>().Select(r => r.ToName()))
            .Concat(["viaAssociation", "direct"])
            .Concat(Enum.GetValues<ChannelKind>().Select(ChannelKinds.ShortName));

        // Then each has a word of its own in the language
        values.ShouldAllBe(v => labels.Words.ContainsKey(v));
    }

    [Fact]
    public void Finnish_And_English_Should_Have_The_Same_Words()
        => SummaryLabels.Finnish.Words.Keys.Order().ShouldBe(SummaryLabels.English.Words.Keys.Order());
}
