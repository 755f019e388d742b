using System.Numerics;

namespace CoMarketing.Core.Splitting;

/// <summary>Turns decimal weights (2, 1.5, 33.33) into exact integer weights with the same ratios.</summary>
public static class DecimalWeights
{
    /// <summary>Scales every value by the same power of ten so that all become integers.</summary>
    public static BigInteger[] ToIntegers(IReadOnlyList<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var scale = values.Count == 0 ? 0 : values.Max(v => (int)v.Scale);
        return [.. values.Select(v =>
        {
            var bits = decimal.GetBits(v);
            var mantissa = new BigInteger((uint)bits[0])
                + (new BigInteger((uint)bits[1]) << 32)
                + (new BigInteger((uint)bits[2]) << 64);
            var scaled = mantissa * BigInteger.Pow(10, scale - v.Scale);
            return v < 0 ? -scaled : scaled;
        })];
    }
}
