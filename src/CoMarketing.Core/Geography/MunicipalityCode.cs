using CoMarketing.Core.Common;

namespace CoMarketing.Core.Geography;

/// <summary>A Finnish municipality's official three-digit code (Statistics Finland), e.g. <c>698</c> for Rovaniemi.</summary>
public readonly record struct MunicipalityCode : IComparable<MunicipalityCode>
{
    private MunicipalityCode(string value) => Value = value;

    public string Value { get; }

    public static MunicipalityCode Parse(string? text)
        => Read(text, out var code) is { } problem ? throw new DomainException(problem) : code;

    public static bool TryParse(string? text, out MunicipalityCode code, out string error)
        => DomainProblem.IsNone(Read(text, out code), out error);

    private static DomainProblem? Read(string? text, out MunicipalityCode code)
    {
        code = default;
        var s = (text ?? string.Empty).Trim();
        if (s.Length is < 1 or > 3 || !s.All(char.IsAsciiDigit))
        {
            return DomainProblem.Of("MunicipalityCodeInvalid", text);
        }

        code = new MunicipalityCode(s.PadLeft(3, '0'));
        return null;
    }

    public int CompareTo(MunicipalityCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value ?? string.Empty;
}
