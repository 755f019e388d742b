using System.Globalization;

namespace CoMarketing.Reports.Import;

/// <summary>A problem found in an import file: the line it is on (the header is line 1) and what is wrong.</summary>
public sealed record ImportProblem(int Line, string Message)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Message}");
}
