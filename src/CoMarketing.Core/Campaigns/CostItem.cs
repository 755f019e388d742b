using System.Collections.Immutable;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Core.Campaigns;

/// <summary>One shared cost of a campaign and how it is split.</summary>
/// <remarks>
/// <see cref="PaidBy"/> is the participant business that paid, or null when the association paid.
/// <see cref="Among"/> limits the sharers (empty: every participant). <see cref="Weights"/>, <see cref="Percents"/>
/// and <see cref="Amounts"/> hold the rule's per-participant figures, keyed by business id.
/// A negative <see cref="Net"/> is a refund or a sponsor's contribution.
/// </remarks>
public sealed record CostItem
{
    private const string NeedsDescriptionKey = "CostItemNeedsDescription";

    private const string DescriptionKey = "WhatCostItemDescription";

    public CostItem(
        string description,
        ChannelKind? channel,
        Money net,
        decimal vatPercent,
        long? paidBy,
        SplitRule rule,
        IEnumerable<long>? among = null,
        IReadOnlyDictionary<long, decimal>? weights = null,
        IReadOnlyDictionary<long, decimal>? percents = null,
        IReadOnlyDictionary<long, Money>? amounts = null)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw DomainException.Of(NeedsDescriptionKey);
        }

        if (vatPercent is < 0 or > 100 || decimal.Round(vatPercent, 2) != vatPercent)
        {
            throw DomainException.Of("VatRateTwoDecimals", vatPercent);
        }

        if (!Enum.IsDefined(rule))
        {
            throw DomainException.Of("UnknownSplitRule", (int)rule);
        }

        if (weights is not null && weights.Any(w => w.Value is < 0 or > Limits.MaxWeight))
        {
            throw DomainException.Of("CostItemWeightsRange", description);
        }

        Limits.Text(description.Trim(), Limits.DescriptionLength, DomainProblem.Of(DescriptionKey));
        Limits.Amount(net, DomainProblem.Of("WhatCostItemNet", description));
        if (percents is not null && percents.Any(p => p.Value is < 0 or > 100))
        {
            throw DomainException.Of("CostItemPercentsRange", description);
        }

        if (amounts is not null && amounts.Any(a => a.Value.Abs() > Limits.MaxAmount))
        {
            throw DomainException.Of("CostItemExactTooLarge", description);
        }

        Description = description.Trim();
        Channel = channel;
        Net = net;
        VatPercent = vatPercent;
        PaidBy = paidBy;
        Rule = rule;
        Among = [.. (among ?? []).Distinct()];
        Weights = (weights ?? new Dictionary<long, decimal>()).ToImmutableSortedDictionary();
        Percents = (percents ?? new Dictionary<long, decimal>()).ToImmutableSortedDictionary();
        Amounts = (amounts ?? new Dictionary<long, Money>()).ToImmutableSortedDictionary();
    }

    /// <summary>Whether <paramref name="error"/> refused a cost item for its description (missing or too long).</summary>
    public static bool IsAboutDescription(DomainException error)
        => error?.IsAbout(DescriptionKey, NeedsDescriptionKey) is true;

    public string Description { get; }

    public ChannelKind? Channel { get; }

    public Money Net { get; }

    public decimal VatPercent { get; }

    public long? PaidBy { get; }

    public SplitRule Rule { get; }

    public ImmutableArray<long> Among { get; }

    public ImmutableSortedDictionary<long, decimal> Weights { get; }

    public ImmutableSortedDictionary<long, decimal> Percents { get; }

    public ImmutableSortedDictionary<long, Money> Amounts { get; }
}
