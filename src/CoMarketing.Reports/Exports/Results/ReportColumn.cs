namespace CoMarketing.Reports.Exports.Results;

/// <summary>What a report column holds, which decides how each format writes it.</summary>
public enum ReportColumnKind
{
    /// <summary>Text (a name, a period).</summary>
    Text,

    /// <summary>Whole people or events (<see cref="long"/>).</summary>
    Count,

    /// <summary>Euros (a <see cref="Core.Finance.Money"/>, or null when unknown).</summary>
    Amount,

    /// <summary>A fraction shown as a percentage (a <see cref="decimal"/>, or null when unknown).</summary>
    Ratio,
}

/// <summary>A report column: its header, kind, and whether its total row is the sum of the rows above.</summary>
public sealed record ReportColumn(string Header, ReportColumnKind Kind, bool Additive);
