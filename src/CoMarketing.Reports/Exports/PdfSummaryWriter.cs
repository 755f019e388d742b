using CoMarketing.Core.Reports;
using CoMarketing.Reports.Exports.Pdf;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// Writes a campaign summary, or one member's statement, as an A4 PDF with PDFsharp: the association's name,
/// Y-tunnus and IBAN, the date and payment term, the same tables as the other formats, a bar chart of every
/// member's share, and the payment instructions with reference and due date.
/// </summary>
public sealed class PdfSummaryWriter(SummaryLabels labels, PaymentTerms terms)
{
    private readonly SummaryLabels _labels = labels ?? throw new ArgumentNullException(nameof(labels));
    private readonly PaymentTerms _terms = terms ?? throw new ArgumentNullException(nameof(terms));

    public byte[] Write(CampaignSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var l = _labels;
        using var canvas = new PdfCanvas(summary.Campaign.Name);
        Letterhead(canvas, summary, summary.Campaign.Name);
        var sections = SummarySections.Build(summary, l, _terms);
        foreach (var section in sections)
        {
            canvas.Heading(section.Title);
            if (section.Title == l.PaymentInstructions)
            {
                canvas.Text($"{l.DueDate}: {l.Date(_terms.Due)}" + (_terms.Iban is { } iban ? $" · {l.Iban}: {iban}" : string.Empty), bold: true);
            }

            if (section.Rows.Count == 0)
            {
                canvas.Text(l.None);
                continue;
            }

            canvas.Table(section);
            if (section.Title == l.Participants)
            {
                canvas.Heading($"{l.Shares} ({l.Gross.ToLowerInvariant()})");
                canvas.Bars([.. summary.Participants.Select(p => (p.Name, p.Owed.Gross.ToDecimal(), l.Euros(p.Owed.Gross)))]);
            }
        }

        return canvas.Save();
    }

    /// <summary>One page for one member: what it pays (or gets back) and why, its reach and new reach.</summary>
    public byte[] WriteStatement(CampaignSummary summary, SummaryParticipant member)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(member);
        using var canvas = new PdfCanvas($"{summary.Campaign.Name}: {member.Name}");
        Letterhead(canvas, summary, $"{_labels.Statement}: {member.Name}");
        canvas.Text($"{_labels.Campaign}: {summary.Campaign.Name}, {_labels.Date(summary.Campaign.Start)} – {_labels.Date(summary.Campaign.End)}");
        foreach (var section in StatementSections.Build(summary, member, _labels, _terms))
        {
            canvas.Heading(section.Title);
            canvas.Table(section);
        }

        return canvas.Save();
    }

    private void Letterhead(PdfCanvas canvas, CampaignSummary summary, string title)
    {
        var l = _labels;
        canvas.Title(title);
        var details = new List<string> { summary.Association };
        if (_terms.BusinessId is { } id)
        {
            details.Add($"{l.BusinessId} {id}");
        }

        if (_terms.Iban is { } iban)
        {
            details.Add($"{l.Iban} {iban}");
        }

        canvas.Text(string.Join(" · ", details), bold: true);
        canvas.Text($"{l.Issued} {l.Date(_terms.Issued)} · {l.PaymentTerm} {_terms.Days} {l.Days} · {l.DueDate} {l.Date(_terms.Due)}");
    }
}
