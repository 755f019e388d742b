namespace CoMarketing.Core.Matching;

/// <summary>What a match score means for a member (thresholds in <see cref="MatchBands"/>).</summary>
public enum MatchBand
{
    /// <summary>A partner to contact: the audiences share or relate interests and ages, in a fitting area and season.</summary>
    Strong,

    /// <summary>Worth a look: some shared or related interest, or a strong fit elsewhere.</summary>
    Possible,

    /// <summary>Compatible, but little in common: audiences that share no interest always fall here.</summary>
    Weak,
}
