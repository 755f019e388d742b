using CoMarketing.Core.Common;

namespace CoMarketing.Core.Audiences;

/// <summary>Labels and parsing of <see cref="AgeBand"/> (<c>25-34</c>, <c>25–34</c>, <c>65+</c>).</summary>
public static class AgeBands
{
    public const int Count = 7;

    private static readonly string[] Labels = ["0–17", "18–24", "25–34", "35–44", "45–54", "55–64", "65+"];

    public static IReadOnlyList<AgeBand> All { get; } = Enum.GetValues<AgeBand>();

    /// <summary>The label with an en dash, e.g. <c>25–34</c>.</summary>
    public static string Label(AgeBand band) => Labels[(int)band];

    public static AgeBand Parse(string? text)
    {
        var s = (text ?? string.Empty).Trim().Replace('-', '–').Replace('—', '–');
        var index = Array.IndexOf(Labels, s);
        if (index < 0 && s == "0–17")
        {
            index = 0;
        }

        return index >= 0
            ? (AgeBand)index
            : throw DomainException.Of("UnknownAgeBand", text, string.Join(", ", Labels));
    }
}
