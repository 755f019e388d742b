using System.Collections.Immutable;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Channels.Advice;

/// <summary>Where a group of partners should spend a joint budget, with the numbers behind it.</summary>
/// <param name="Population">The area population P of the reach model.</param>
/// <param name="Budget">The budget the mix stays within; null when none was given (then every fitting option once).</param>
/// <param name="Audience">The combined customers.</param>
/// <param name="Fits">Every channel kind's fit by its typical age profile, in <see cref="ChannelKind"/> order.</param>
/// <param name="OwnAccounts">The partners' own accounts, most new target people first.</param>
/// <param name="Options">Every paid option, fitting ones first, each group cheapest per thousand first.</param>
/// <param name="Mix">The recommended mix: every own account (free), then paid lines.</param>
/// <param name="FreeReach">People the own accounts reach together, whole persons.</param>
/// <param name="Reach">People the whole mix reaches, whole persons.</param>
/// <param name="TargetReach">People of the partners' kind the whole mix reaches (each channel weighted by its fit), whole persons.</param>
/// <param name="Cost">What the mix costs.</param>
public sealed record ChannelAdvice(
    int Population,
    Money? Budget,
    CombinedAudience Audience,
    ImmutableArray<ChannelFit> Fits,
    ImmutableArray<OwnAccount> OwnAccounts,
    ImmutableArray<PaidOption> Options,
    ImmutableArray<MixLine> Mix,
    long FreeReach,
    long Reach,
    long TargetReach,
    Money Cost)
{
    /// <summary>The first paid line of the mix, or null when nothing is bought.</summary>
    public MixLine? FirstPaid => Mix.FirstOrDefault(line => !line.IsFree);
}
