using System.Numerics;

namespace CoMarketing.Core.Reach;

/// <summary>
/// An exact non-negative-denominator fraction of big integers, kept in lowest terms. Reach figures are
/// computed with it so that nothing is lost to floating point before the final rounding.
/// </summary>
public readonly record struct Rational
{
    /// <summary>Creates <paramref name="numerator"/> / <paramref name="denominator"/> in lowest terms.</summary>
    public Rational(BigInteger numerator, BigInteger denominator)
        : this(numerator, denominator, reduced: false)
    {
    }

    private Rational(BigInteger numerator, BigInteger denominator, bool reduced)
    {
        if (reduced)
        {
            Numerator = numerator;
            Denominator = denominator;
            return;
        }

        if (denominator.IsZero)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "A fraction's denominator cannot be zero.");
        }

        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        var divisor = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!divisor.IsOne && !divisor.IsZero)
        {
            numerator /= divisor;
            denominator /= divisor;
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public static Rational FromInteger(BigInteger value) => new(value, BigInteger.One);

    /// <summary>Subtracts a whole number; a fraction in lowest terms stays so, so no reduction is needed.</summary>
    public Rational Minus(BigInteger whole) => new(Numerator - (whole * Denominator), Denominator, reduced: true);

    public static Rational operator +(Rational a, Rational b)
        => new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b)
        => new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    /// <summary>Rounds to the nearest whole number, halves away from zero (whole persons in reports).</summary>
    public long RoundToWhole()
    {
        var twice = 2 * BigInteger.Abs(Numerator);
        var rounded = (twice + Denominator) / (2 * Denominator);
        return (long)(Numerator.Sign < 0 ? -rounded : rounded);
    }

    /// <summary>A decimal approximation (28 significant digits at best), for display only.</summary>
    public decimal ToDecimal()
    {
        var whole = BigInteger.DivRem(Numerator, Denominator, out var remainder);
        var fraction = (decimal)(remainder * BigInteger.Pow(10, 18) / Denominator) / 1_000_000_000_000_000_000m;
        return (decimal)whole + fraction;
    }

    public override string ToString() => Denominator.IsOne ? $"{Numerator}" : $"{Numerator}/{Denominator}";
}
