using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Channels.Advice;
using CoMarketing.Core.Demo;
using CoMarketing.Core.Finance;
using static CoMarketing.Core.Tests.Channels.Advice.AdviceFixtures;

namespace CoMarketing.Core.Tests.Channels.Advice;

/// <summary>Channel advice on every small group of the demo association's members.</summary>
public sealed class ChannelAdvisorDemoTests
{
    private static readonly IReadOnlyList<Business> Members = DemoMembers.All();

    private static IEnumerable<Business[]> Groups(IReadOnlyList<Business> pool)
    {
        for (var i = 0; i < pool.Count; i++)
        {
            for (var j = i + 1; j < pool.Count; j++)
            {
                yield return [pool[i], pool[j]];
                for (var k = j + 1; k < pool.Count; k++)
                {
                    yield return [pool[i], pool[j], pool[k]];
                }
            }
        }
    }

    private static double Share(Business[] group, params AgeBand[] bands)
    {
        var ages = CombinedAudience.Of(group, DemoAssociation.Population).Ages;
        return bands.Sum(b => ages[b]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("500.00")]
    [InlineData("3000.00")]
    public void A_Campaign_Serving_Pensioners_Should_Never_Get_TikTok_Or_Instagram_First(string? budget)
    {
        // Given every pair and triple of members whose combined customers are mostly 55 or older
        var pool = Members.Where(m => m.Audience.Ages[AgeBand.From55To64] + m.Audience.Ages[AgeBand.From65] >= 0.3).ToList();
        var groups = Groups(pool).Where(g => Share(g, AgeBand.From55To64, AgeBand.From65) >= 0.4).ToList();

        // When
        var advice = groups.Select(g => ChannelAdvisor.Advise(g, DemoAssociation.Population, Profiles, budget is null ? null : Money.Parse(budget))).ToList();

        // Then (and the check bites: some of these groups could buy Instagram)
        groups.Count.ShouldBeGreaterThan(5);
        advice.ShouldContain(a => a.Options.Any(o => o.Kind == ChannelKind.Instagram));
        advice.ShouldAllBe(a => a.FirstPaid == null || (a.FirstPaid.Kind != ChannelKind.TikTok && a.FirstPaid.Kind != ChannelKind.Instagram));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("900.00")]
    [InlineData("3000.00")]
    public void A_Young_Audience_Should_Never_Get_The_Local_Newspaper_First(string? budget)
    {
        // Given every pair and triple of young-leaning members with one that buys newspaper ads, mostly under 35 together
        var pool = Members.Where(m => m.Audience.Ages[AgeBand.Under18] + m.Audience.Ages[AgeBand.From18To24] + m.Audience.Ages[AgeBand.From25To34] >= 0.45).ToList();
        var groups = Groups(pool)
            .Where(g => g.Any(m => m.Channels.Any(c => c.Kind == ChannelKind.LocalNewspaper)))
            .Where(g => Share(g, AgeBand.Under18, AgeBand.From18To24, AgeBand.From25To34) >= 0.6)
            .ToList();

        // When
        var advice = groups.Select(g => ChannelAdvisor.Advise(g, DemoAssociation.Population, Profiles, budget is null ? null : Money.Parse(budget))).ToList();

        // Then
        groups.Count.ShouldBeGreaterThan(5);
        advice.ShouldAllBe(a => a.Options.Any(o => o.Kind == ChannelKind.LocalNewspaper));
        advice.ShouldAllBe(a => a.FirstPaid == null || a.FirstPaid.Kind != ChannelKind.LocalNewspaper);
    }
}
