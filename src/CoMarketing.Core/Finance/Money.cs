using System.Globalization;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Finance;

/// <summary>
/// An amount of money in integer cents of the association's currency (EUR). Never a floating-point value.
/// </summary>
/// <remarks>
/// Parsing accepts the Finnish form (<c>1 234,50</c>, <c>1234,50</c>, with a space, no-break space or
/// narrow no-break space between thousands) and the English form (<c>1234.50</c>, <c>1,234.50</c>).
/// Up to two decimals; an optional leading minus sign. Anything else is refused with a message.
/// </remarks>
public readonly record struct Money(long Cents) : IComparable<Money>
{
    public static Money Zero => new(0);

    public static Money FromCents(long cents) => new(cents);

    public bool IsNegative => Cents < 0;

    public bool IsZero => Cents == 0;

    public Money Abs() => new(Math.Abs(Cents));

    public static Money operator +(Money a, Money b) => new(checked(a.Cents + b.Cents));

    public static Money operator -(Money a, Money b) => new(checked(a.Cents - b.Cents));

    public static Money operator -(Money a) => new(checked(-a.Cents));

    public static bool operator <(Money a, Money b) => a.Cents < b.Cents;

    public static bool operator >(Money a, Money b) => a.Cents > b.Cents;

    public static bool operator <=(Money a, Money b) => a.Cents <= b.Cents;

    public static bool operator >=(Money a, Money b) => a.Cents >= b.Cents;

    public int CompareTo(Money other) => Cents.CompareTo(other.Cents);

    /// <summary>Sums amounts exactly.</summary>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        long total = 0;
        foreach (var amount in amounts)
        {
            total = checked(total + amount.Cents);
        }

        return new Money(total);
    }

    /// <summary>Invariant decimal string with two decimals and no grouping, e.g. <c>-1234.50</c> (the JSON form).</summary>
    public override string ToString() => ToInvariantString();

    /// <summary>Invariant decimal string with two decimals and no grouping, e.g. <c>-1234.50</c>.</summary>
    public string ToInvariantString()
    {
        var sign = Cents < 0 ? "-" : string.Empty;
        var abs = Cents == long.MinValue ? (ulong)long.MaxValue + 1 : (ulong)Math.Abs(Cents);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{abs / 100}.{abs % 100:00}");
    }

    /// <summary>Formats for people in the given culture (Finnish: <c>1 234,50</c>), without currency symbol.</summary>
    public string Format(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return ToDecimal().ToString("#,0.00", culture);
    }

    /// <summary>The exact decimal value (for display and spreadsheets only; arithmetic stays in cents).</summary>
    public decimal ToDecimal() => Cents / 100m;

    /// <summary>Parses an amount; throws <see cref="DomainException"/> with a readable message when invalid.</summary>
    public static Money Parse(string? text)
    {
        return MoneyParser.Read(text, out var money) is { } problem ? throw new DomainException(problem) : money;
    }

    /// <summary>Parses an amount in Finnish or English form. On failure <paramref name="error"/> says why.</summary>
    public static bool TryParse(string? text, out Money money, out string error)
        => MoneyParser.TryParse(text, out money, out error);
}
