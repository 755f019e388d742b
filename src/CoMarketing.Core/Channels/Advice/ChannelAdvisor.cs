using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reference;

namespace CoMarketing.Core.Channels.Advice;

/// <summary>Channel advice for a group of partners: free own accounts first, then a paid mix within an optional budget.</summary>
/// <remarks>
/// <para>
/// Reach follows the independence (Sainsbury) model of DESIGN.md over the area population P: a channel of audience
/// a (capped at P) adds <c>a · Π(1 − a_j / P)</c> new people to the channels j already in the mix. The target reach
/// weights each channel's audience by its <see cref="ChannelFit.Total"/> in the same model.
/// </para>
/// <para>
/// The own accounts of every partner are counted first, at zero cost. Then, greedily, the paid placement with the most
/// new target people per euro is added, while it fits the budget; only fitting channels (<see cref="ChannelFit.Fits"/>)
/// are bought. Repeating a placement has diminishing returns: the k-th repeat (k = 1, 2, …) of a channel reaches
/// <c>a · 0.5^k</c> people it had not reached, and at most <see cref="MaxPlacements"/> are bought. Because every added
/// channel only lowers the others' gains, a larger budget never gives a smaller target reach. Without a budget, every
/// fitting option is bought once, best value first.
/// </para>
/// </remarks>
public static class ChannelAdvisor
{
    /// <summary>The most placements bought in one channel.</summary>
    public const int MaxPlacements = 4;

    /// <summary>Each repeat of a placement reaches this share of the new people the previous one did.</summary>
    public const double RepeatDecay = 0.5;

    public static ChannelAdvice Advise(IReadOnlyList<Business> partners, int population, IReadOnlyList<ChannelProfile> profiles, Money? budget)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(profiles);
        if (population < 1)
        {
            throw DomainException.Of("ReachPopulation", population);
        }

        if (budget is { IsNegative: true } b)
        {
            throw DomainException.Of("BudgetNegative", b);
        }

        if (partners.Select(p => p.Id).Distinct().Count() != partners.Count)
        {
            throw DomainException.Of("PartnerTwice");
        }

        var audience = CombinedAudience.Of(partners, population);
        var byKind = profiles.ToDictionary(p => p.Kind);
        AgeDistribution Profile(Channel channel) => channel.Ages ?? (byKind.TryGetValue(channel.Kind, out var profile)
            ? profile.TypicalAges
            : throw DomainException.Of("NoAgeProfile", ChannelKinds.ShortName(channel.Kind)));
        var fits = Enum.GetValues<ChannelKind>()
            .Where(byKind.ContainsKey)
            .Select(k => ChannelFitRules.Of(k, byKind[k].TypicalAges, audience))
            .ToList();

        double p = population;
        var own = OwnAccounts(partners, p, c => ChannelFitRules.Of(c.Kind, Profile(c), audience));
        var options = PaidOptions(partners, p, c => ChannelFitRules.Of(c.Kind, Profile(c), audience));

        var mix = new List<MixLine>();
        double missedPeople = 1, missedTarget = 1;
        foreach (var account in own)
        {
            var target = account.People * account.Fit.Total;
            mix.Add(new MixLine(account, null, 0, Money.Zero, Whole(account.People * missedPeople), Whole(target * missedTarget)));
            missedPeople *= 1 - (account.People / p);
            missedTarget *= 1 - (target / p);
        }

        var freeReach = Whole(p * (1 - missedPeople));
        var paid = new PaidMix(options.Where(o => o.Fit.Fits).ToList(), p, budget);
        paid.Fill(ref missedPeople, ref missedTarget);
        mix.AddRange(paid.Lines());
        return new ChannelAdvice(
            population,
            budget,
            audience,
            [.. fits],
            [.. own],
            [.. options],
            [.. mix],
            freeReach,
            Whole(p * (1 - missedPeople)),
            Whole(p * (1 - missedTarget)),
            Money.Sum(mix.Select(l => l.Cost)));
    }

    internal static long Whole(double people) => (long)Math.Round(people, MidpointRounding.AwayFromZero);

    private static List<OwnAccount> OwnAccounts(IReadOnlyList<Business> partners, double population, Func<Channel, ChannelFit> fit)
    {
        var accounts = partners
            .SelectMany(b => b.Channels.Where(c => ChannelFitRules.IsOwnAccount(c.Kind) && c.AudienceSize > 0).Select(c => (Business: b, Channel: c)))
            .ToList();
        var sizes = accounts.Select(a => Math.Min(a.Channel.AudienceSize, population)).ToArray();

        // Prefix and suffix products of (1 − a_j / P): the others' misses without dividing by a zero factor.
        var prefix = new double[sizes.Length + 1];
        var suffix = new double[sizes.Length + 1];
        prefix[0] = suffix[sizes.Length] = 1;
        for (var i = 0; i < sizes.Length; i++)
        {
            prefix[i + 1] = prefix[i] * (1 - (sizes[i] / population));
            suffix[sizes.Length - 1 - i] = suffix[sizes.Length - i] * (1 - (sizes[sizes.Length - 1 - i] / population));
        }

        return [.. accounts
            .Select((a, i) => new OwnAccount(a.Business.Id, a.Business.Name, a.Channel, (long)sizes[i], Whole(sizes[i] * prefix[i] * suffix[i + 1]), fit(a.Channel)))
            .Select((a, i) => (Account: a, Order: i))
            .OrderByDescending(x => x.Account.NewPeople * x.Account.Fit.Total)
            .ThenBy(x => x.Order)
            .Select(x => x.Account)];
    }

    private static List<PaidOption> PaidOptions(IReadOnlyList<Business> partners, double population, Func<Channel, ChannelFit> fit)
    {
        var candidates = partners
            .SelectMany(b => b.Channels
                .Where(c => c.TypicalCost.Cents > 0 && c.AudienceSize > 0 && c.Kind is not (ChannelKind.Website or ChannelKind.Newsletter))
                .Select(c => (Business: b, Channel: c)))
            .GroupBy(x => (x.Channel.Kind, Name: x.Channel.Name.ToUpperInvariant()))
            .Select(g => g.OrderByDescending(x => x.Channel.AudienceSize).ThenBy(x => x.Channel.TypicalCost.Cents).First());
        return [.. candidates
            .Select(x =>
            {
                var people = (long)Math.Min(x.Channel.AudienceSize, population);
                var cost = x.Channel.TypicalCost;
                var perThousand = Money.FromCents(((cost.Cents * 1000) + (people / 2)) / people);
                return new PaidOption(x.Channel.Kind, x.Channel.Name, x.Business.Id, x.Business.Name, people, cost, perThousand, fit(x.Channel), ChannelFitRules.IsOwnAccount(x.Channel.Kind));
            })
            .OrderByDescending(o => o.Fit.Fits)
            .ThenBy(o => o.Cost.Cents / Math.Max(1e-9, o.People * o.Fit.Total))
            .ThenBy(o => o.Kind)
            .ThenBy(o => o.Name, StringComparer.Ordinal)];
    }
}
