using System.Globalization;
using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Demo;

/// <summary>Makes valid, fictional Y-tunnus numbers for the demo members (the check digit computed, never guessed).</summary>
internal static class DemoBusinessIds
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    /// <summary>The <paramref name="n"/>-th demo ID: a seven-digit base from n, moved on past bases whose remainder is 1.</summary>
    public static BusinessId For(long n)
    {
        for (var number = 3_100_000 + (n * 1_373); ; number++)
        {
            var digits = number.ToString("D7", CultureInfo.InvariantCulture);
            var remainder = digits.Select((d, i) => (d - '0') * Weights[i]).Sum() % 11;
            if (remainder == 1)
            {
                continue;
            }

            var check = remainder == 0 ? 0 : 11 - remainder;
            return BusinessId.Parse($"{digits}-{check}");
        }
    }
}
