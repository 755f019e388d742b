using CoMarketing.Core.Common;

namespace CoMarketing.Core.Geography;

/// <summary>A Finnish municipality's official three-digit code (Statistics Finland), e.g. <c>698</c> for Rovaniemi.</summary>
public readonly record struct MunicipalityCode : IComparable<MunicipalityCode>
{
    private MunicipalityCode(string value) => Value = value;

    public string Value { get; }

    public static MunicipalityCode Parse(string? text)
        => TryParse(text, out var code, out var error) ? code : throw new DomainException(error);

    public static bool TryParse(string? text, out MunicipalityCode code, out string error)
    {
        code = default;
        var s = (text ?? string.Empty).Trim();
        if (s.Length is < 1 or > 3 || !s.All(char.IsAsciiDigit))
        {
            error = $"Municipality code must be the official three-digit code, like 698; got '{text}'.";
            return false;
        }

        code = new MunicipalityCode(s.PadLeft(3, '0'));
        error = string.Empty;
        return true;
    }

    public int CompareTo(MunicipalityCode other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value ?? string.Empty;
}
