using System.Globalization;
using CoMarketing.Core.Common;

namespace CoMarketing.Cli.Commands.Report;

/// <summary>
/// Reads <c>report --from/--to</c> dates: Finnish <c>1.3.2027</c>, English <c>1 Mar 2027</c> or ISO <c>2027-03-01</c>,
/// whatever the language, since none of them can be mistaken for another.
/// </summary>
public static class ReportDates
{
    private static readonly string[] Formats = ["d.M.yyyy", "d MMM yyyy", "d MMMM yyyy", "yyyy-MM-dd"];

    /// <summary>The date, or null when the option was not given; a <see cref="DomainException"/> naming the option otherwise.</summary>
    public static DateOnly? Parse(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (!DateOnly.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var shown = trimmed.Length <= 40 ? trimmed : trimmed[..39] + "…";
            throw new DomainException($"{option}: '{shown}' is not a date; write it like 1.3.2027, 1 Mar 2027 or 2027-03-01.");
        }

        return date >= Limits.FirstDate && date <= Limits.LastDate
            ? date
            : throw new DomainException($"{option}: {trimmed} is outside the years {Limits.FirstDate.Year}–{Limits.LastDate.Year}.");
    }
}
