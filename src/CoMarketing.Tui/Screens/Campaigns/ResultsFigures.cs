using CoMarketing.Core.Campaigns;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// <see cref="CampaignMetrics"/> in words, three short lines a party (for 80 columns): ROI, cost and revenue;
/// acquisition cost against customer value; the funnel with each step's rate. Amounts <c>1 234,50 €</c>, rates <c>12,5 %</c> in Finnish; an unknown
/// figure (no new customers, no cost) is <c>–</c>.
/// </summary>
public static class ResultsFigures
{
    public static IReadOnlyList<string> Lines(string name, CampaignMetrics metrics, CampaignFormat format)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(format);
        var texts = format.Texts;
        var verdict = metrics.PaysOff switch { true => texts.Get("FiguresPaysOff"), false => texts.Get("FiguresDoesNotPay"), null => string.Empty };
        return
        [
            texts.Format("FiguresMoney", name, format.Euros(metrics.Cost), format.Euros(metrics.Funnel.Revenue), Percent(metrics.Roi, format)),
            texts.Format("FiguresValue", Euros(metrics.AcquisitionCost), Euros(metrics.CustomerValue), verdict).TrimEnd(),
            texts.Format(
                "FiguresFunnel", format.People(metrics.Funnel.Reached), format.People(metrics.Funnel.Interested), Percent(metrics.Rates.Interest, format),
                format.People(metrics.Funnel.Leads), Percent(metrics.Rates.Lead, format), format.People(metrics.Funnel.NewCustomers), Percent(metrics.Rates.Conversion, format)),
        ];

        string Euros(Core.Finance.Money? money) => money is { } m ? format.Euros(m) : Unknown;
    }

    /// <summary>A fraction as a percentage with at most one decimal: 0.125 → <c>12,5 %</c> (fi), <c>12.5 %</c> (en).</summary>
    public static string Percent(decimal? fraction, CampaignFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return fraction is { } f ? (f * 100).ToString("0.#", format.Culture) + " %" : Unknown;
    }

    /// <summary>What an unknown figure shows.</summary>
    public const string Unknown = "–";
}
