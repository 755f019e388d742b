using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>The line under a statement's title: campaign, association with Y-tunnus and IBAN, date and payment term.</summary>
internal static class StatementMeta
{
    public static string Of(CampaignSummary summary, SummaryLabels l, PaymentTerms terms)
    {
        var parts = new List<string> { $"{summary.Campaign.Name} ({l.Date(summary.Campaign.Start)} – {l.Date(summary.Campaign.End)})", summary.Association };
        if (terms.BusinessId is { } id)
        {
            parts.Add($"{l.BusinessId} {id}");
        }

        if (terms.Iban is { } iban)
        {
            parts.Add($"{l.Iban} {iban}");
        }

        parts.Add($"{l.Issued} {l.Date(terms.Issued)}");
        parts.Add($"{l.PaymentTerm} {terms.Days} {l.Days}");
        return string.Join(" · ", parts);
    }
}
