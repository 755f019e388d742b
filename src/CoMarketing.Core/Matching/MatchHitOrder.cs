namespace CoMarketing.Core.Matching;

/// <summary>The ranking order: higher score first, then lower id first (deterministic for equal scores).</summary>
public readonly struct MatchHitOrder : IComparer<MatchHit>
{
    public int Compare(MatchHit x, MatchHit y)
    {
        var byScore = y.Score.CompareTo(x.Score);
        return byScore != 0 ? byScore : x.Id.CompareTo(y.Id);
    }

    /// <summary>True when hit x (score, id) ranks below hit y.</summary>
    public static bool RanksBelow(double xScore, long xId, double yScore, long yId)
        => xScore < yScore || (xScore == yScore && xId > yId);
}
