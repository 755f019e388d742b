namespace CoMarketing.Core.Businesses;

/// <summary>A member's explicit word about pairing with a specific other business.</summary>
public enum PairPreferenceKind
{
    /// <summary>Never suggest this pair, whatever the score.</summary>
    NeverPair = 0,

    /// <summary>"We are fine together": overrides the competitor rule for this pair.</summary>
    FineTogether = 1,
}
