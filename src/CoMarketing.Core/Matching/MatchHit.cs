namespace CoMarketing.Core.Matching;

/// <summary>One candidate in a ranking: its position in the <see cref="MatchIndex"/>, its store id and its score 0–100.</summary>
public readonly record struct MatchHit(int Index, long Id, double Score);
