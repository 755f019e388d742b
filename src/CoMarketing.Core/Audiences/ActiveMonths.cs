using System.Globalization;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Audiences;

/// <summary>The months in which a business is active (seasonality), as a set of 1–12 held in a bit mask.</summary>
public readonly record struct ActiveMonths
{
    private const int AllMask = 0xFFF;

    public ActiveMonths(int mask)
    {
        if (mask is <= 0 or > AllMask)
        {
            throw DomainException.Of("ActiveMonthsNone");
        }

        Mask = mask;
    }

    /// <summary>Bit (m − 1) is set when month m is active.</summary>
    public int Mask { get; }

    public static ActiveMonths AllYear { get; } = new(AllMask);

    public int Count => System.Numerics.BitOperations.PopCount((uint)Mask);

    public bool Contains(int month) => month is >= 1 and <= 12 && (Mask & (1 << (month - 1))) != 0;

    public IEnumerable<int> Months => Enumerable.Range(1, 12).Where(Contains);

    /// <summary>Months both are active, over months either is active (Jaccard); 1 when identical.</summary>
    public double Overlap(ActiveMonths other)
    {
        var union = System.Numerics.BitOperations.PopCount((uint)(Mask | other.Mask));
        return union == 0 ? 0 : (double)System.Numerics.BitOperations.PopCount((uint)(Mask & other.Mask)) / union;
    }

    public static ActiveMonths FromMonths(IEnumerable<int> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var mask = 0;
        foreach (var m in months)
        {
            if (m is < 1 or > 12)
            {
                throw DomainException.Of("MonthOutOfRange", m);
            }

            mask |= 1 << (m - 1);
        }

        return new ActiveMonths(mask);
    }

    /// <summary>Parses <c>1-12</c>, <c>6-8|12</c>, <c>11-2</c> (wrapping over the new year).</summary>
    public static ActiveMonths Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw DomainException.Of("ActiveMonthsEmpty");
        }

        var months = new List<int>();
        foreach (var part in text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var range = part.Split('-', '–');
            if (range.Length is < 1 or > 2 || !range.All(r => int.TryParse(r.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                throw DomainException.Of("ActiveMonthsPart", part);
            }

            var from = int.Parse(range[0].Trim(), CultureInfo.InvariantCulture);
            var to = range.Length == 2 ? int.Parse(range[1].Trim(), CultureInfo.InvariantCulture) : from;
            if (from is < 1 or > 12 || to is < 1 or > 12)
            {
                throw DomainException.Of("ActiveMonthsPartRange", part);
            }

            for (var m = from; ; m = (m % 12) + 1)
            {
                months.Add(m);
                if (m == to)
                {
                    break;
                }
            }
        }

        return FromMonths(months);
    }

    public override string ToString() => string.Join('|', Months.Select(m => m.ToString(CultureInfo.InvariantCulture)));
}
