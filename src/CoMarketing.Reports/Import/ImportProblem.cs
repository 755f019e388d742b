using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Common;

namespace CoMarketing.Reports.Import;

/// <summary>A problem found in an import file: the line it is on (the header is line 1) and what is wrong.</summary>
/// <remarks>
/// <see cref="Message"/> is English. A problem Core found in a cell also keeps that refusal's <see cref="Problem"/>, so
/// the planner can say it in its language (<see cref="In"/>).
/// </remarks>
public sealed record ImportProblem(int Line, string Message)
{
    /// <summary>The column of the cell Core refused, when it is known.</summary>
    public string? Column { get; init; }

    /// <summary>Core's refusal of the cell or the row; null for the import's own findings.</summary>
    public DomainProblem? Problem { get; init; }

    /// <summary>Core's refusal of a cell in <paramref name="column"/> (or of the whole row when null) on <paramref name="line"/>.</summary>
    public static ImportProblem Refused(int line, string? column, DomainException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return new ImportProblem(line, column is null ? refusal.Message : $"{column}: {refusal.Message}") { Column = column, Problem = refusal.Problem };
    }

    /// <summary>What is wrong in <paramref name="language"/>; <see cref="Message"/> when the import found it itself.</summary>
    public string In(Language language)
        => Problem is null ? Message : Column is null ? Problem.In(language) : $"{Column}: {Problem.In(language)}";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}");
}
