using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Channels.Advice;
using CoMarketing.Core.Finance;
using FsCheck.Xunit;
using static CoMarketing.Core.Tests.Channels.Advice.AdviceFixtures;

namespace CoMarketing.Core.Tests.Channels.Advice;

/// <summary>Invariants of channel advice on random partners, channels, populations and budgets.</summary>
public sealed class ChannelAdvisorPropertyTests
{
    private static readonly ChannelKind[] Kinds = Enum.GetValues<ChannelKind>();

    /// <summary>1–4 partners with random ages, customers, types and up to 5 channels each, from raw random numbers.</summary>
    private static List<Business> RandomPartners(int[] raw, Func<int, AgeDistribution>? ages = null)
    {
        var seed = raw.Select(r => r == int.MinValue ? 0 : Math.Abs(r)).DefaultIfEmpty(11).ToArray();
        var cursor = 0;
        int Next(int bound) => (seed[cursor++ % seed.Length] + (cursor * 7919)) % bound;
        AgeDistribution RandomAges() => new([.. Enumerable.Range(0, AgeBands.Count).Select(b => (double)Next(5))
            .Select((w, b) => b == Next(AgeBands.Count) ? w + 1 : w)]);
        var count = 1 + Next(4);
        return [.. Enumerable.Range(1, count).Select(id => Partner(
            id,
            $"P{id}",
            ages?.Invoke(id) ?? RandomAges(),
            Next(3000),
            (CustomerType)Next(3),
            Next(4) == 0,
            [.. Enumerable.Range(0, Next(6)).Select(c => Channel(
                Kinds[Next(Kinds.Length)],
                $"c{id}-{c}",
                Next(30_000),
                Next(3) == 0 ? 0 : 100 + Next(150_000),
                Next(2) == 0 ? null : RandomAges()))]))];
    }

    [Property(MaxTest = 200)]
    public bool Raising_The_Budget_Should_Never_Lower_The_Reach_Of_The_Mix(int[] raw, uint low, uint extra, ushort population)
    {
        var partners = RandomPartners(raw);
        var p = 1_000 + population;
        var smaller = ChannelAdvisor.Advise(partners, p, Profiles, Money.FromCents(low % 2_000_000));
        var larger = ChannelAdvisor.Advise(partners, p, Profiles, Money.FromCents((low % 2_000_000) + (extra % 2_000_000)));
        return smaller.TargetReach <= larger.TargetReach && smaller.Cost <= smaller.Budget!.Value && larger.Cost <= larger.Budget!.Value;
    }

    [Property(MaxTest = 200)]
    public bool A_Channel_Whose_Ages_Miss_The_Whole_Audience_Should_Never_Be_Recommended_First(int[] raw, uint budget, ushort population)
    {
        // Given customers only under 45 and, among the options, a huge cheap channel whose audience is only 45+
        var partners = RandomPartners(raw, _ => new AgeDistribution([1, 1, 1, 1, 0, 0, 0]));
        var old = Channel(ChannelKind.Radio, "Vanhojen radio", 60_000, 1, new AgeDistribution([0, 0, 0, 0, 1, 1, 1]));
        partners[0] = Partner(partners[0].Id, partners[0].Name, partners[0].Audience.Ages, partners[0].Audience.CustomersPerMonth, [.. partners[0].Channels, old]);

        // When
        var advice = ChannelAdvisor.Advise(partners, 1_000 + population, Profiles, Money.FromCents(1 + (budget % 1_000_000)));

        // Then
        return advice.FirstPaid is not { Paid: { } first } || (first.Fit.Age > 0 && first.Name != old.Name);
    }

    [Property(MaxTest = 200)]
    public bool Own_Accounts_Should_Be_Counted_Before_Paid_Channels(int[] raw, uint budget, ushort population)
    {
        var partners = RandomPartners(raw);
        double p = 1_000 + population;
        var advice = ChannelAdvisor.Advise(partners, (int)p, Profiles, Money.FromCents(budget % 3_000_000));

        // Every own account is in the mix, all of them before the first paid line ...
        var free = advice.Mix.TakeWhile(l => l.IsFree).Count();
        var ownFirst = free == advice.OwnAccounts.Length && advice.Mix.Skip(free).All(l => !l.IsFree);

        // ... and what paid lines add is only what the own accounts do not reach already (1 person for rounding).
        var notYetReached = 1 - (advice.FreeReach / p);
        var paidAfterFree = advice.Mix.Where(l => !l.IsFree).All(l =>
            l.NewPeople <= (Enumerable.Range(0, l.Placements).Sum(k => l.Paid!.People * Math.Pow(ChannelAdvisor.RepeatDecay, k)) * notYetReached) + 1);
        return ownFirst && paidAfterFree && advice.FreeReach <= advice.Reach && advice.Mix.Where(l => l.IsFree).All(l => l.Cost.IsZero);
    }
}
