using System.Globalization;
using System.Text;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>
/// Reads a budget plan from <c>month;amount</c> rows (<c>2027-01;1 500,00</c>): UTF-8 with or without BOM, <c>;</c>
/// or <c>,</c> between the two fields, amounts in Finnish or English form, an optional <c>month;amount</c> header,
/// consecutive months in order. Only the first delimiter of a row separates the fields, so <c>2027-01,1 500,00</c>
/// reads as 1 500,00. Every problem is reported with its line number; a file with any problem gives no plan.
/// </summary>
public static class BudgetCsvReader
{
    /// <summary>The plan, or the problems (<c>line 3: …</c>) when there is any.</summary>
    public static (BudgetPlan? Plan, IReadOnlyList<string> Problems) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var delimiter = lines.FirstOrDefault(l => l.Trim().Length > 0)?.Contains(';', StringComparison.Ordinal) == true ? ';' : ',';
        var problems = new List<string>();
        var months = new List<(int Line, DateOnly Month, Money Amount)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cut = line.IndexOf(delimiter, StringComparison.Ordinal);
            var month = Unquote(cut < 0 ? line : line[..cut]);
            var amount = cut < 0 ? string.Empty : Unquote(line[(cut + 1)..]);
            if (months.Count == 0 && problems.Count == 0 && string.Equals(month, "month", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (month.Length != 7 || !DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                problems.Add(Line(number, $"month '{month}' is not a month; use yyyy-MM, e.g. 2027-01"));
                continue;
            }

            if (first < Limits.FirstDate || first > Limits.LastDate)
            {
                problems.Add(Line(number, $"month '{month}' is outside the years 2000–2100"));
                continue;
            }

            if (cut < 0 || amount.Length == 0)
            {
                problems.Add(Line(number, $"{month} has no amount; write month{delimiter}amount, e.g. 2027-01{delimiter}1500.00"));
                continue;
            }

            if (!Money.TryParse(amount, out var money, out var error))
            {
                problems.Add(Line(number, $"amount of {month}: {error.TrimEnd('.')}"));
                continue;
            }

            if (money.IsNegative)
            {
                problems.Add(Line(number, $"amount of {month} cannot be negative, got {amount}"));
                continue;
            }

            if (months.Count > 0 && first != months[^1].Month.AddMonths(1))
            {
                var previous = months[^1];
                problems.Add(Line(number, $"{month} does not follow {previous.Month:yyyy-MM} (line {previous.Line}); list every month in order, 0 for none"));
            }

            months.Add((number, first, money));
        }

        if (problems.Count == 0 && months.Count == 0)
        {
            problems.Add("line 1: the file has no months; write one month;amount row per month, e.g. 2027-01;1500,00");
        }

        return problems.Count > 0 ? (null, problems) : (new BudgetPlan(months[0].Month, months.Select(m => m.Amount)), []);
    }

    private static string Unquote(string field)
    {
        var text = field.Trim();
        return text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal).Trim() : text;
    }

    private static string Line(int number, string problem) => string.Create(CultureInfo.InvariantCulture, $"line {number}: {problem}");

    /// <summary>
    /// Reads a file as UTF-8 (a BOM is skipped), checked for type and size first (<see cref="InputFile"/>); a file
    /// that is not UTF-8 is refused in words, never read with replacement characters.
    /// </summary>
    public static string ReadText(string path)
    {
        var bytes = InputFile.ReadBytes(path, "--set", InputFile.BudgetBytes);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            throw new DomainException($"--set: '{path}' is not UTF-8 text (invalid byte at position {ex.Index + 1}); save it as 'CSV UTF-8'", ex);
        }
    }
}
