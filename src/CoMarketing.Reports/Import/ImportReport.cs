namespace CoMarketing.Reports.Import;

/// <summary>
/// The outcome of reading an import file: the businesses it would add (ids 0, in file order), every error with its
/// line number, and warnings (ignored columns, codes not in the reference lists). Valid only without errors.
/// </summary>
public sealed record ImportReport(
    IReadOnlyList<Core.Businesses.Business> Businesses,
    IReadOnlyList<ImportProblem> Errors,
    IReadOnlyList<ImportProblem> Warnings)
{
    /// <summary>True when there is no error, so the whole file may be imported.</summary>
    public bool IsValid => Errors.Count == 0;
}
