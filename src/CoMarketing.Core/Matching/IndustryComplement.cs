using CoMarketing.Core.Common;
using CoMarketing.Core.Industries;

namespace CoMarketing.Core.Matching;

/// <summary>
/// Two industries whose offerings complement each other for the same customer (a line of
/// <c>data/industry-complements.csv</c>), such as a café and a bookshop or a hotel and a ski resort.
/// </summary>
/// <remarks>
/// Each side is a TOL 2008 class (four digits, covering its subclasses) or a subclass (five digits). The pair is
/// symmetric. <see cref="Percent"/> is how much the pair counts as evidence of a shared audience compared with
/// audiences sharing every interest: 75 the same visit or occasion, 50 the same need, 25 loosely complementary.
/// Two sides of the same class are refused: such businesses are competitors unless marked otherwise.
/// </remarks>
public sealed record IndustryComplement
{
    public IndustryComplement(string industry, string complement, int percent, string? why = null)
    {
        Industry = Code(industry);
        Complement = Code(complement);
        if (Industry[..4] == Complement[..4])
        {
            throw new DomainException($"Industries '{Industry}' and '{Complement}' are of the same class: they compete rather than complement each other.");
        }

        if (percent is < 1 or > 99)
        {
            throw new DomainException($"The percent of '{Industry}' and '{Complement}' must be a whole number from 1 to 99, got {percent}.");
        }

        Percent = percent;
        Why = string.IsNullOrWhiteSpace(why) ? null : why.Trim();
    }

    /// <summary>A TOL class (4 digits) or subclass (5 digits).</summary>
    public string Industry { get; }

    /// <summary>The complementary TOL class or subclass.</summary>
    public string Complement { get; }

    /// <summary>How much the pair counts, in percent of audiences sharing every interest (1–99).</summary>
    public int Percent { get; }

    /// <summary>Why the offerings complement each other, for the people who curate the table.</summary>
    public string? Why { get; }

    /// <summary>True when <paramref name="code"/> falls under <paramref name="side"/> (its class, or the very subclass).</summary>
    public static bool Covers(string side, IndustryCode code)
        => code.Code is not null && !code.IsUnknown && code.Code.StartsWith(side, StringComparison.Ordinal);

    /// <summary>True when the pair covers the two industries, in either order.</summary>
    public bool Covers(IndustryCode a, IndustryCode b)
        => (Covers(Industry, a) && Covers(Complement, b)) || (Covers(Industry, b) && Covers(Complement, a));

    private static string Code(string text)
    {
        if (!IndustryCode.TryParse(text, out var code, out var error))
        {
            throw new DomainException(error);
        }

        return code.IsUnknown ? throw new DomainException("'Industry unknown' cannot complement another industry.") : code.Code;
    }
}
