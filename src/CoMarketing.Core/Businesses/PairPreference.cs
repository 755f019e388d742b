using CoMarketing.Core.Common;

namespace CoMarketing.Core.Businesses;

/// <summary>Business <c>From</c> marks business <c>To</c> as never-pair or fine-together.</summary>
public sealed record PairPreference
{
    public PairPreference(long from, long to, PairPreferenceKind kind)
    {
        if (from == to)
        {
            throw DomainException.Of("PairWithItself");
        }

        From = from;
        To = to;
        Kind = kind;
    }

    public long From { get; }

    public long To { get; }

    public PairPreferenceKind Kind { get; }
}
