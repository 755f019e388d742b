using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Splitting;

/// <summary>
/// A participant of a split: its id, name, the audience it brings (people) and its default weight, percent
/// and exact amount, which each cost item may override.
/// </summary>
/// <param name="Id">Unique id, e.g. <c>cafe</c>.</param>
/// <param name="Name">Name shown to people.</param>
/// <param name="Reach">People in the area it reaches through its channels.</param>
/// <param name="Weight">Default weight for <see cref="SplitRule.Shares"/>; <c>null</c> means 1.</param>
/// <param name="Percent">Default percentage for <see cref="SplitRule.Percent"/>; <c>null</c> means 0.</param>
/// <param name="Amount">Default amount for <see cref="SplitRule.Exact"/>; <c>null</c> means "takes the rest".</param>
public sealed record SplitParticipant(
    string Id,
    string Name,
    long Reach = 0,
    decimal? Weight = null,
    decimal? Percent = null,
    Money? Amount = null);
