using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Common;

namespace CoMarketing.Reports.Import;

/// <summary>A problem found in an import file: the line it is on (the header is line 1) and what is wrong.</summary>
/// <remarks>
/// <see cref="Message"/> is English. A problem of a row or a cell also keeps its <see cref="Problem"/>, so the planner
/// can say it in its language (<see cref="In"/>); a problem of the file as a whole is English only.
/// </remarks>
public sealed record ImportProblem(int Line, string Message)
{
    /// <summary>The column of the cell Core refused, when it is known.</summary>
    public string? Column { get; init; }

    /// <summary>What is wrong with the cell or the row, in any language; null for a problem of the whole file.</summary>
    public DomainProblem? Problem { get; init; }

    /// <summary>Core's refusal of a cell in <paramref name="column"/> (or of the whole row when null) on <paramref name="line"/>.</summary>
    public static ImportProblem Refused(int line, string? column, DomainException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new ImportProblem(line, column is null ? refusal.Message : $"{column}: {refusal.Message}") { Column = column, Problem = refusal.Problem };
    }

    /// <summary><paramref name="problem"/> with a cell in <paramref name="column"/> on <paramref name="line"/>.</summary>
    public static ImportProblem Of(int line, string column, DomainProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new ImportProblem(line, $"{column}: {problem}") { Column = column, Problem = problem };
    }

    /// <summary>What is wrong in <paramref name="language"/>; <see cref="Message"/> when the import found it itself.</summary>
    public string In(Language language)
        => Problem is null ? Message : Column is null ? Problem.In(language) : $"{Column}: {Problem.In(language)}";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}");
}
