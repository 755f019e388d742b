using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Channels.Advice;

/// <summary>One channel in the recommended mix: free own accounts first, then paid placements in the order first chosen.</summary>
/// <param name="Own">The partner account, for a free line; otherwise null.</param>
/// <param name="Paid">The paid option, for a bought line; otherwise null.</param>
/// <param name="Placements">How many placements (0 for an own account: posting is free).</param>
/// <param name="Cost">What the placements cost together (zero for an own account).</param>
/// <param name="NewPeople">People this line adds to the lines before it, whole persons.</param>
/// <param name="NewTargetPeople">Of those, people of the partners' kind (weighted by fit), whole persons.</param>
public sealed record MixLine(OwnAccount? Own, PaidOption? Paid, int Placements, Money Cost, long NewPeople, long NewTargetPeople)
{
    public bool IsFree => Own is not null;

    public ChannelKind Kind => Own?.Channel.Kind ?? Paid!.Kind;
}
