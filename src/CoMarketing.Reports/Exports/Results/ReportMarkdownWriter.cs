using System.Text;

namespace CoMarketing.Reports.Exports.Results;

/// <summary>The results report as Markdown: a title, the meta line, a note on how figures are counted, one pipe table per section.</summary>
public static class ReportMarkdownWriter
{
    public static string Write(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        text.Append("# ").Append(MarkdownSummaryWriter.Escape(document.Title)).Append("\n\n");
        text.Append(MarkdownSummaryWriter.Escape(document.Meta)).Append("\n\n");
        text.Append(MarkdownSummaryWriter.Escape(document.Labels.Note)).Append('\n');
        var tables = document.Tables;
        if (tables.Count == 0)
        {
            text.Append('\n').Append(MarkdownSummaryWriter.Escape(document.Labels.Empty)).Append('\n');
        }

        foreach (var table in tables)
        {
            MarkdownSummaryWriter.AppendSection(text, document.Section(table), document.Labels.Summary.None);
        }

        return text.ToString();
    }
}
