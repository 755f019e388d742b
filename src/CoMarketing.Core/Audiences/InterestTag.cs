using CoMarketing.Core.Common;

namespace CoMarketing.Core.Audiences;

/// <summary>An interest tag, trimmed and lower-case (<c>outdoor</c>, <c>families</c>, <c>ruoka</c>); 1–40 characters.</summary>
public readonly record struct InterestTag : IComparable<InterestTag>
{
    private InterestTag(string value) => Value = value;

    public string Value { get; }

    public static InterestTag Parse(string? text)
    {
        var s = (text ?? string.Empty).Trim().ToLowerInvariant();
        if (s.Length is 0 or > 40)
        {
            throw DomainException.Of("InterestTagLength", text);
        }

        if (s.Any(c => c is '|' or ';' or ',' || char.IsControl(c)))
        {
            throw DomainException.Of("InterestTagCharacters", text);
        }

        return new InterestTag(s);
    }

    public int CompareTo(InterestTag other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value ?? string.Empty;
}
