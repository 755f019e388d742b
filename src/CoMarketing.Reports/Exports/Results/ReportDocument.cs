using CoMarketing.Core.Reports.Results;

namespace CoMarketing.Reports.Exports.Results;

/// <summary>A results report ready to write: the report, whose it is, when it was made, and in which language.</summary>
/// <param name="Report">The report.</param>
/// <param name="Association">The association's name.</param>
/// <param name="Issued">The day it was made.</param>
/// <param name="Labels">Its language.</param>
public sealed record ReportDocument(ResultsReport Report, string Association, DateOnly Issued, ReportLabels Labels)
{
    /// <summary>The title: <c>Tulosraportti kuukausittain</c>.</summary>
    public string Title => Labels.TitleFor(Report.Period);

    /// <summary>The line under the title: association, range and date.</summary>
    public string Meta
    {
        get
        {
            var l = Labels.Summary;
            var range = Report.IsEmpty && Report.Periods.Count == 0 ? string.Empty : $" · {l.Date(Report.From)} – {l.Date(Report.To)}";
            return $"{Association}{range} · {l.Issued} {l.Date(Issued)}";
        }
    }

    /// <summary>The tables (<see cref="ReportTables.Build"/>).</summary>
    public IReadOnlyList<ReportTable> Tables => ReportTables.Build(Report, Labels);

    /// <summary>A cell as display text: <c>1 234</c>, <c>1 234,50 €</c>, <c>45,16 %</c>, or <c>–</c> when unknown.</summary>
    public string Display(object? value, ReportColumnKind kind)
    {
        var l = Labels.Summary;
        return (value, kind) switch
        {
            (null, _) => Labels.Unknown,
            (string text, _) => text,
            (long count, _) => l.Whole(count),
            (Core.Finance.Money money, _) => l.Euros(money),
            (decimal fraction, ReportColumnKind.Ratio) => l.Percent(fraction * 100),
            (decimal number, _) => l.Number(number),
            _ => value.ToString() ?? string.Empty,
        };
    }

    /// <summary>A table as a display section for the Markdown, HTML and PDF writers.</summary>
    public SummarySection Section(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new SummarySection(
            table.Title,
            [.. table.Columns.Select(c => c.Header)],
            [.. table.Rows.Select(row => (IReadOnlyList<string>)[.. row.Select((cell, c) => Display(cell, table.Columns[c].Kind))])],
            [.. table.Columns.Select(c => c.Kind != ReportColumnKind.Text)],
            table.HasTotal ? new HashSet<int> { table.Rows.Count - 1 } : new HashSet<int>());
    }
}
