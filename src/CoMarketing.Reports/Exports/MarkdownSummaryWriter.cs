using System.Globalization;
using System.Text;
using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>Writes a <see cref="CampaignSummary"/> as Markdown: a heading and one pipe table per section.</summary>
public sealed class MarkdownSummaryWriter
{
    private readonly SummaryLabels _labels;

    public MarkdownSummaryWriter(CultureInfo culture) => _labels = SummaryLabels.For(culture ?? throw new ArgumentNullException(nameof(culture)));

    /// <summary>The summary; with <paramref name="terms"/> its payment instructions carry the due date, and the line under the title the association's details.</summary>
    public string Write(CampaignSummary summary, PaymentTerms? terms = null)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Render(summary.Campaign.Name, StatementMeta.OfSummary(summary, _labels, terms), SummarySections.Build(summary, _labels, terms));
    }

    /// <summary>One member's statement (see <see cref="StatementSections"/>).</summary>
    public string WriteStatement(CampaignSummary summary, SummaryParticipant member, PaymentTerms terms)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(terms);
        return Render($"{_labels.Statement}: {member.Name}", StatementMeta.Of(summary, _labels, terms), StatementSections.Build(summary, member, _labels, terms));
    }

    private string Render(string title, string meta, IReadOnlyList<SummarySection> sections)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Escape(title)).Append('\n').Append('\n');
        text.Append(Escape(meta)).Append('\n');
        foreach (var section in sections)
        {
            AppendSection(text, section, _labels.None);
        }

        return text.ToString();
    }

    /// <summary>Appends one section: its heading and its pipe table (or <paramref name="none"/> when it has no rows).</summary>
    internal static void AppendSection(StringBuilder text, SummarySection section, string none)
    {
        text.Append('\n').Append("## ").Append(section.Title).Append('\n').Append('\n');
        if (section.Rows.Count == 0)
        {
            text.Append(none).Append('\n');
            return;
        }

        text.Append("| ").Append(string.Join(" | ", section.Headers.Select(Escape))).Append(" |\n");
        text.Append('|').Append(string.Join('|', section.Numeric.Select(n => n ? " ---: " : " --- "))).Append("|\n");
        foreach (var row in section.Rows)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
        }
    }

    /// <summary>Escapes the characters that would break a table cell or start Markdown markup.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var ch in text.ReplaceLineEndings(" "))
        {
            if (ch is '|' or '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(ch);
        }

        return escaped.ToString();
    }
}
