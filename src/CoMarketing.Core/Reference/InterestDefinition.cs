using CoMarketing.Core.Association;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Reference;

/// <summary>A tag of the shared interest vocabulary with its Finnish and English labels.</summary>
public sealed record InterestDefinition
{
    public InterestDefinition(InterestTag tag, string labelFi, string labelEn)
    {
        if (string.IsNullOrWhiteSpace(labelFi) || string.IsNullOrWhiteSpace(labelEn))
        {
            throw new DomainException($"Interest '{tag}' needs both a Finnish and an English label.");
        }

        Tag = tag;
        LabelFi = labelFi.Trim();
        LabelEn = labelEn.Trim();
    }

    public InterestTag Tag { get; }

    public string LabelFi { get; }

    public string LabelEn { get; }

    public string Label(Language language) => language == Language.Finnish ? LabelFi : LabelEn;
}
