using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>The line under a statement's title: campaign, association with Y-tunnus and IBAN, date and payment term.</summary>
internal static class StatementMeta
{
    public static string Of(CampaignSummary summary, SummaryLabels l, PaymentTerms terms)
        => Of($"{summary.Campaign.Name} ({l.Date(summary.Campaign.Start)} – {l.Date(summary.Campaign.End)})", summary.Association, l, terms);

    /// <summary>
    /// The line under a summary's title: association and currency, Y-tunnus, IBAN, date and payment term; without
    /// terms, the association and currency only.
    /// </summary>
    public static string OfSummary(CampaignSummary summary, SummaryLabels l, PaymentTerms? terms)
        => terms is null ? $"{summary.Association} · {summary.Currency}" : Of($"{summary.Association} · {summary.Currency}", null, l, terms);

    private static string Of(string first, string? second, SummaryLabels l, PaymentTerms terms)
    {
        var parts = new List<string> { first };
        if (second is not null)
        {
            parts.Add(second);
        }

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
