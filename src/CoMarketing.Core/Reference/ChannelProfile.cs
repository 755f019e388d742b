using CoMarketing.Core.Association;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Reference;

/// <summary>
/// A channel kind's labels and the typical age profile of its audience in Finland, used when a channel has no
/// age profile of its own (TikTok leans young, a local newspaper old, LinkedIn to working age).
/// </summary>
public sealed record ChannelProfile
{
    public ChannelProfile(ChannelKind kind, string labelFi, string labelEn, AgeDistribution typicalAges)
    {
        if (string.IsNullOrWhiteSpace(labelFi) || string.IsNullOrWhiteSpace(labelEn))
        {
            throw new DomainException($"Channel kind {kind} needs both a Finnish and an English label.");
        }

        Kind = kind;
        LabelFi = labelFi.Trim();
        LabelEn = labelEn.Trim();
        TypicalAges = typicalAges ?? throw new DomainException($"Channel kind {kind} needs an age profile.");
    }

    public ChannelKind Kind { get; }

    public string LabelFi { get; }

    public string LabelEn { get; }

    public AgeDistribution TypicalAges { get; }

    public string Label(Language language) => language == Language.Finnish ? LabelFi : LabelEn;
}
