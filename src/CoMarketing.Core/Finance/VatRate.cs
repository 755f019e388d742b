using System.Globalization;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Finance;

/// <summary>
/// A VAT rate in percent with at most two decimals, between 0 and 100, held as hundredths of a percent
/// (basis points): 25.5 % is <c>2550</c>. Finland's general rate, 25.5 %, is <see cref="Default"/>.
/// </summary>
/// <remarks>
/// The VAT of a net amount is <c>net × rate</c> rounded half away from zero to the cent, computed in integers
/// (<see cref="VatOf"/>), so a refund's VAT is the exact negative of the same charge's VAT.
/// </remarks>
public readonly record struct VatRate
{
    private const int MaxBasisPoints = 100_00;

    /// <summary>Creates a rate from hundredths of a percent (2550 = 25.5 %).</summary>
    public VatRate(int basisPoints)
    {
        if (basisPoints is < 0 or > MaxBasisPoints)
        {
            throw DomainException.Of("VatRateRange", basisPoints / 100m);
        }

        BasisPoints = basisPoints;
    }

    /// <summary>Hundredths of a percent: 2550 means 25.5 %.</summary>
    public int BasisPoints { get; }

    /// <summary>The Finnish general VAT rate, 25.5 %.</summary>
    public static VatRate Default => new(2550);

    /// <summary>The rate in percent, e.g. <c>25.5m</c>.</summary>
    public decimal Percent => BasisPoints / 100m;

    /// <summary>VAT of <paramref name="net"/>: net × rate, rounded half away from zero to the cent.</summary>
    public Money VatOf(Money net)
    {
        var product = (Int128)net.Cents * BasisPoints;
        var magnitude = Int128.Abs(product);
        var rounded = (magnitude + 5000) / 10000;
        return new Money(checked((long)(product < 0 ? -rounded : rounded)));
    }

    /// <summary>
    /// The net amount whose gross (net + <see cref="VatOf"/>) is <paramref name="gross"/>: gross ÷ (1 + rate) rounded
    /// half away from zero, moved by a cent when that gives the gross exactly. Some gross amounts have no such net
    /// (at 25.5 % a cent of net adds 1.255 cents of gross); then the rounded net is returned and its gross is a cent off.
    /// </summary>
    public Money NetOfGross(Money gross)
    {
        var divisor = 10000 + BasisPoints;
        var scaled = (Int128)gross.Cents * 10000;
        var magnitude = (Int128.Abs(scaled) + (divisor / 2)) / divisor;
        var net = (long)(scaled < 0 ? -magnitude : magnitude);
        foreach (var candidate in new[] { net, net - 1, net + 1 })
        {
            if (candidate + VatOf(new Money(candidate)).Cents == gross.Cents)
            {
                return new Money(candidate);
            }
        }

        return new Money(net);
    }

    /// <summary>Invariant percent without trailing zeros: <c>25.5</c>, <c>24</c>, <c>10.25</c>.</summary>
    public override string ToString() => Percent.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Creates a rate from a percent value with at most two decimals.</summary>
    public static VatRate FromPercent(decimal percent)
    {
        if (percent is < 0 or > 100)
        {
            throw DomainException.Of("VatRateRange", percent);
        }

        var basisPoints = percent * 100;
        if (basisPoints != decimal.Truncate(basisPoints))
        {
            throw DomainException.Of("VatRateDecimals", percent);
        }

        return new VatRate((int)basisPoints);
    }

    /// <summary>Parses a rate such as <c>25.5</c>, <c>25,5</c> or <c>24</c>; throws <see cref="DomainException"/> when invalid.</summary>
    public static VatRate Parse(string? text)
        => Read(text, out var rate) is { } problem ? throw new DomainException(problem) : rate;

    /// <summary>Parses a percent with a decimal point or comma and at most two decimals. On failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string? text, out VatRate rate, out string error)
        => DomainProblem.IsNone(Read(text, out rate), out error);

    /// <summary>Reads <paramref name="text"/> into <paramref name="rate"/>; what is wrong with it (to say in any language), or null.</summary>
    public static DomainProblem? Read(string? text, out VatRate rate)
    {
        rate = Default;
        var trimmed = text?.Trim().TrimEnd('%').TrimEnd() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return DomainProblem.Of("VatRateEmpty");
        }

        var normalised = trimmed.Replace(',', '.');
        var dot = normalised.IndexOf('.', StringComparison.Ordinal);
        var valid = normalised.Length <= 10
            && normalised.All(c => char.IsAsciiDigit(c) || c == '.')
            && normalised.Count(c => c == '.') <= 1
            && dot != 0 && dot != normalised.Length - 1;
        if (!valid || !decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent))
        {
            return DomainProblem.Of("VatRateInvalid", trimmed);
        }

        if (dot >= 0 && normalised.Length - dot - 1 > 2)
        {
            return DomainProblem.Of("VatRateTextDecimals", trimmed);
        }

        if (percent > 100)
        {
            return DomainProblem.Of("VatRateRange", trimmed);
        }

        rate = new VatRate((int)(percent * 100));
        return null;
    }
}
