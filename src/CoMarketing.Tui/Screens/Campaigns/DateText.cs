using System.Globalization;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>Dates as people type them: Finnish <c>1.3.2027</c> (leading zeros and a final dot optional) or ISO <c>2027-03-01</c>.</summary>
public static class DateText
{
    private static readonly string[] Formats = ["d.M.yyyy", "d.M.yyyy.", "yyyy-MM-dd", "yyyy-M-d"];

    public static bool TryParse(string? text, out DateOnly date)
        => DateOnly.TryParseExact((text ?? string.Empty).Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
