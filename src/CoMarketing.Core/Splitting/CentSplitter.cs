using System.Numerics;

namespace CoMarketing.Core.Splitting;

/// <summary>
/// Splits an amount into parts in exact proportion to weights, to the cent, so the parts always sum to the total.
/// </summary>
/// <remarks>
/// Each part's exact rational share is computed; every part first gets the floor of its share in cents, then the
/// cents left over go one by one to the largest remainders. Equal remainders are taken in order starting at
/// position <c>tieStart mod n</c> and wrapping round, so that rotating <c>tieStart</c> from item to item spreads the
/// odd cents. A negative total is split as its absolute value and every part negated. A zero weight never gets a cent.
/// </remarks>
public static class CentSplitter
{
    /// <summary>Splits <paramref name="totalCents"/> by <paramref name="weights"/> (non-negative, not all zero unless the total is zero).</summary>
    public static long[] Split(long totalCents, IReadOnlyList<BigInteger> weights, int tieStart)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var n = weights.Count;
        if (n == 0)
        {
            throw new ArgumentException("There must be at least one part to split into.", nameof(weights));
        }

        if (weights.Any(w => w.Sign < 0))
        {
            throw new ArgumentException("Split weights cannot be negative.", nameof(weights));
        }

        var parts = new long[n];
        if (totalCents == 0)
        {
            return parts;
        }

        var total = weights.Aggregate(BigInteger.Zero, (sum, w) => sum + w);
        if (total.IsZero)
        {
            throw new ArgumentException("Split weights cannot all be zero.", nameof(weights));
        }

        var amount = BigInteger.Abs(totalCents);
        var remainders = new BigInteger[n];
        var given = BigInteger.Zero;
        for (var i = 0; i < n; i++)
        {
            var floor = BigInteger.DivRem(amount * weights[i], total, out remainders[i]);
            parts[i] = (long)floor;
            given += floor;
        }

        var leftover = (int)(amount - given);
        var start = ((tieStart % n) + n) % n;
        var order = Enumerable.Range(0, n)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => (i - start + n) % n)
            .Take(leftover);
        foreach (var i in order)
        {
            parts[i]++;
        }

        if (totalCents < 0)
        {
            for (var i = 0; i < n; i++)
            {
                parts[i] = -parts[i];
            }
        }

        return parts;
    }
}
