using CoMarketing.Core.Reports;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// What the cost editor shows beside the items: each partner's net, VAT and gross, reach, a bar chart of the
/// shares, and the settle-up as payment instructions — all read from the <see cref="CampaignSummary"/> that
/// <c>campaign show --json</c> and the exports are written from.
/// </summary>
public sealed class CampaignPreview
{
    /// <summary>The widest bar, in characters.</summary>
    public const int BarWidth = 20;

    public CampaignPreview(CampaignSummary summary, CampaignFormat format)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(format);
        Summary = summary;
        var largest = summary.Participants.Count == 0 ? 0 : summary.Participants.Max(p => Math.Abs(p.Owed.Gross.Cents));
        Rows = [.. summary.Participants.Select(p => new PreviewRow(
            p.Name, p.Owed.Net, p.Owed.Vat, p.Owed.Gross, p.OwnReach, p.NewReach, Bar(Math.Abs(p.Owed.Gross.Cents), largest)))];
        Instructions = [.. summary.Transfers.Select(t => Instruction(t, summary, format))];
    }

    /// <summary>The figures the exports are written from.</summary>
    public CampaignSummary Summary { get; }

    public IReadOnlyList<PreviewRow> Rows { get; }

    /// <summary>Unique reach of all partners together, whole persons.</summary>
    public long CombinedReach => Summary.CombinedReach;

    /// <summary>One line per payment: who pays whom how much, with the reference when paying the association.</summary>
    public IReadOnlyList<string> Instructions { get; }

    private static string Bar(long cents, long largest)
        => largest == 0 ? string.Empty : new string('█', (int)((cents * BarWidth + (largest / 2)) / largest));

    private static string Instruction(SummaryTransfer transfer, CampaignSummary summary, CampaignFormat format)
    {
        var payer = summary.Participants.FirstOrDefault(p => p.Id == transfer.From);
        var toAssociation = transfer.To == Core.Splitting.CostItem.Association;
        return toAssociation && payer is not null
            ? format.Texts.Format("PayAssociation", transfer.FromName, format.Euros(transfer.Amount), transfer.ToName, payer.Reference, payer.RfReference)
            : format.Texts.Format("PayPartner", transfer.FromName, format.Euros(transfer.Amount), transfer.ToName);
    }
}
