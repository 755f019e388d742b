using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Common;

/// <summary>
/// The sane ranges every value must fall in when it comes in (a file, a form, the database), so that nothing accepted
/// can overflow or break another command later: sums of counts and money stay far inside 64 bits, dates stay inside
/// what the calendar and the budget walk month by month.
/// </summary>
public static class Limits
{
    /// <summary>The earliest date a campaign, plan entry, result or budget month may have: 1.1.2000.</summary>
    public static readonly DateOnly FirstDate = new(2000, 1, 1);

    /// <summary>The latest date a campaign, plan entry, result or budget month may have: 31.12.2100.</summary>
    public static readonly DateOnly LastDate = new(2100, 12, 31);

    /// <summary>The largest count of people (reach, reached, leads, customers, population): 10⁹.</summary>
    public const long MaxCount = 1_000_000_000;

    /// <summary>The largest amount a person may enter, either sign: 1 000 000 000,00 €.</summary>
    public static readonly Money MaxAmount = Money.FromCents(100_000_000_000);

    /// <summary>The longest name of a business or a campaign, after <see cref="NameText.Normalise"/>.</summary>
    public const int NameLength = 100;

    /// <summary>The longest description of a cost item or a plan entry.</summary>
    public const int DescriptionLength = 500;

    /// <summary>The largest weight (shares, ages): a ratio, so anything above is a mistake.</summary>
    public const decimal MaxWeight = 1_000_000;

    /// <summary>The most participants of a split or a campaign (a reach split is O(n²) in exact arithmetic).</summary>
    public const int MaxParticipants = 500;

    /// <summary>Refuses a date outside <see cref="FirstDate"/>–<see cref="LastDate"/>, naming <paramref name="what"/>.</summary>
    public static DateOnly Date(DateOnly date, DomainProblem what)
        => date < FirstDate || date > LastDate
            ? throw DomainException.Of("DateOutOfRange", what, date)
            : date;

    /// <summary>Refuses a negative count or one above <see cref="MaxCount"/>, naming <paramref name="what"/>.</summary>
    public static long Count(long count, DomainProblem what)
        => count is < 0 or > MaxCount
            ? throw DomainException.Of("CountOutOfRange", what, count)
            : count;

    /// <summary>Refuses an amount beyond ±<see cref="MaxAmount"/>, naming <paramref name="what"/>.</summary>
    public static Money Amount(Money amount, DomainProblem what)
        => amount.Abs() > MaxAmount
            ? throw DomainException.Of("AmountTooLarge", what, amount)
            : amount;

    /// <summary>Refuses a text longer than <paramref name="length"/> characters, naming <paramref name="what"/>.</summary>
    public static string Text(string text, int length, DomainProblem what)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > length
            ? throw DomainException.Of("TextTooLong", what, length, text.Length)
            : text;
    }
}
