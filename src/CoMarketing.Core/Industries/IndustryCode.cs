using CoMarketing.Core.Common;

namespace CoMarketing.Core.Industries;

/// <summary>
/// A TOL 2008 industry code (the Finnish version of NACE Rev. 2): four digits for the class (<c>5610</c>),
/// optionally a fifth for Statistics Finland's national subclass (<c>56101</c>, licensed restaurants).
/// </summary>
/// <remarks>
/// Two businesses with the same <see cref="Class"/> are competitors by default; in small-town mode,
/// same-class businesses whose <see cref="Subclass"/> differs are allowed to pair.
/// </remarks>
public readonly record struct IndustryCode
{
    private IndustryCode(string code) => Code = code;

    /// <summary>The code as written, 4 or 5 digits.</summary>
    public string Code { get; }

    /// <summary>The four-digit NACE class, e.g. <c>5610</c>.</summary>
    public string Class => Code[..4];

    /// <summary>The five-digit national subclass, or null when only the class is known.</summary>
    public string? Subclass => Code.Length == 5 ? Code : null;

    /// <summary>
    /// True for <c>0000</c>/<c>00000</c>, Statistics Finland's "industry unknown": two businesses of unknown
    /// industry are not thereby of the same industry.
    /// </summary>
    public bool IsUnknown => Code is not null && Code.All(c => c == '0');

    /// <summary>The two-digit division, e.g. <c>56</c> (food and beverage service activities).</summary>
    public string Division => Code[..2];

    public static IndustryCode Parse(string? text)
        => Read(text, out var code) is { } problem ? throw new DomainException(problem) : code;

    public static bool TryParse(string? text, out IndustryCode code, out string error)
        => DomainProblem.IsNone(Read(text, out code), out error);

    private static DomainProblem? Read(string? text, out IndustryCode code)
    {
        code = default;
        var s = (text ?? string.Empty).Trim().Replace(".", string.Empty, StringComparison.Ordinal);
        if (s.Length is not (4 or 5) || !s.All(char.IsAsciiDigit))
        {
            return DomainProblem.Of("IndustryCodeInvalid", text);
        }

        code = new IndustryCode(s);
        return null;
    }

    public override string ToString() => Code ?? string.Empty;
}
