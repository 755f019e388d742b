using CoMarketing.Core.Association;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Demo;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Matching.Synthetic;
using static CoMarketing.Core.Tests.Matching.TestBusinesses;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Core.Tests.Matching;

public sealed class MatchOutcomeTests
{
    private static readonly DemoDataSet Demo = DemoAssociation.Build(new DateOnly(2027, 3, 15));

    private static PartnerMatcher DemoMatcher(IEnumerable<Campaign> campaigns) => new(
        Demo.Businesses,
        Demo.PairPreferences,
        MatchSettings.From(Demo.Settings, outcomes: MatchOutcomes.From(campaigns, Demo.Businesses, Demo.Settings)));

    [Fact]
    public void A_Pair_That_Brought_Customers_Cheaply_Should_Get_A_Bounded_Boost_With_A_Reason()
    {
        // Given: Kevään kaupunkipäivät cost 2 535,90 € gross and brought 300 new customers worth 35 € each
        var withResults = DemoMatcher(Demo.Campaigns);
        var without = DemoMatcher([]);

        // When
        var explained = withResults.Explain(DemoMembers.KahvilaAalto, DemoMembers.KirjakauppaLukunurkka, new MatchTextOptions(Language.English));
        var plain = without.Explain(DemoMembers.KahvilaAalto, DemoMembers.KirjakauppaLukunurkka, new MatchTextOptions(Language.English));
        var finnish = withResults.Explain(DemoMembers.KahvilaAalto, DemoMembers.KirjakauppaLukunurkka, new MatchTextOptions(Language.Finnish));

        // Then: 10 · 124 / (124 + 20) · (1 − 8,45 / 35)
        var outcome = explained.Outcome.ShouldNotBeNull();
        outcome.Scope.ShouldBe(OutcomeScope.BusinessPair);
        outcome.AcquisitionCost.ShouldBe(Money.Parse("8.45"));
        outcome.CustomerValue.ShouldBe(Money.Parse("35.00"));
        outcome.PairCustomers.ShouldBe(124);
        outcome.Boost.ShouldBe(10.0 * 124 / 144 * (1 - (253590.0 / 1050000)), 1e-9);
        explained.Score.ShouldBe(plain.Score + outcome.Boost, 1e-9);
        explained.Reasons.ShouldContain("together you brought new customers at €8.45 each in Kevään kaupunkipäivät");
        finnish.Reasons.ShouldContain("yhdessä toitte uusia asiakkaita kampanjassa Kevään kaupunkipäivät hintaan 8,45 €/asiakas");
        plain.Outcome.ShouldBeNull();
    }

    [Fact]
    public void Without_Finished_Results_Nothing_Should_Change()
    {
        // Given: the demo's campaigns, but none finished (the running one has results)
        var unfinished = Demo.Campaigns.Select(c => c.Status == CampaignStatus.Finished ? Reopened(c) : c).ToList();
        var outcomes = MatchOutcomes.From(unfinished, Demo.Businesses, Demo.Settings);
        var withCampaigns = DemoMatcher(unfinished);
        var without = DemoMatcher([]);

        // Then
        outcomes.IsEmpty.ShouldBeTrue();
        foreach (var business in Demo.Businesses)
        {
            var a = withCampaigns.Index.TopMatches(withCampaigns.Index.IndexOf(business.Id), 50);
            var b = without.Index.TopMatches(without.Index.IndexOf(business.Id), 50);
            a.ShouldBe(b, business.Name);
        }
    }

    [Fact]
    public void A_Campaign_Whose_Customers_Cost_More_Than_They_Bring_Should_Give_No_Boost()
    {
        // Given: 1 000 € for 10 customers worth 50 € each
        var (a, b) = (Make(1, channels: "facebook:100"), Make(2, industry: "4764", channels: "facebook:100"));
        var campaign = new Campaign(1, "Kallis kevät", new CampaignGoal(CampaignGoalKind.Sales, 10), new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31),
            CampaignStatus.Finished, [1, 2], [new CostItem("Lehti", null, Money.Parse("1000.00"), 0m, null, SplitRule.Equal)], [],
            [Result(1, 5, 250_00), Result(2, 5, 250_00)]);

        // When
        var outcomes = MatchOutcomes.From([campaign], [a, b], Settings);

        // Then
        outcomes.IsEmpty.ShouldBeTrue();
        outcomes.Boost(a, b).ShouldBe(0);
    }

    [Fact]
    public void Businesses_Of_The_Same_Industries_Should_Get_Half_The_Boost_At_Most()
    {
        // Given: a café and a bookshop brought 200 customers at 5 € each, worth 40 €; another café and bookshop
        var cafe = Make(1, industry: "56102", channels: "facebook:100");
        var books = Make(2, industry: "47610", channels: "facebook:100");
        var (otherCafe, otherBooks) = (Make(3, industry: "56102"), Make(4, industry: "47610"));
        var campaign = new Campaign(1, "Kirjakahvit", new CampaignGoal(CampaignGoalKind.NewCustomers, 100), new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31),
            CampaignStatus.Finished, [1, 2], [new CostItem("Ilmoitus", null, Money.Parse("1000.00"), 0m, null, SplitRule.Equal)], [],
            [Result(1, 100, 4000_00), Result(2, 100, 4000_00)]);

        // When
        var outcomes = MatchOutcomes.From([campaign], [cafe, books, otherCafe, otherBooks], Settings);

        // Then: 10 · 200/220 · (1 − 5/40) for the pair itself, half of the maximum for the same industries
        outcomes.Boost(cafe, books).ShouldBe(10.0 * 200 / 220 * 0.875, 1e-9);
        outcomes.Boost(otherCafe, otherBooks).ShouldBe(5.0 * 200 / 220 * 0.875, 1e-9);
        outcomes.For(otherCafe, otherBooks)!.Scope.ShouldBe(OutcomeScope.IndustryPair);
        outcomes.Boost(otherCafe, otherCafe).ShouldBe(0);
        outcomes.MaxBoost(otherBooks).ShouldBe(outcomes.Boost(otherCafe, otherBooks));
    }

    [Fact]
    public void Fast_Index_Should_Rank_Like_The_Reference_With_Outcome_Boosts()
    {
        // Given: a synthetic association where some businesses ran finished campaigns together
        var association = AssociationGenerator.Generate(300, 7, places: 2, industries: 6);
        var all = association.Businesses;
        var campaigns = Enumerable.Range(0, 12).Select(k =>
        {
            long[] people = [all[k * 7].Id, all[(k * 7) + 3].Id, all[(k * 11) + 100].Id];
            return new Campaign(k + 1, $"Kampanja {k + 1}", new CampaignGoal(CampaignGoalKind.NewCustomers, 50), new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 28),
                CampaignStatus.Finished, people, [new CostItem("Mainos", null, Money.Parse("600.00"), 25.5m, null, SplitRule.Equal)], [],
                people.Select((p, i) => Result(p, 5 + (k * 3) + i, 50000 * (i + 1))));
        }).ToList();
        var settings = new MatchSettings(association.Settings.Population, false, affinities: association.Settings.Affinities,
            complements: association.Settings.Complements, outcomes: MatchOutcomes.From(campaigns, all, new AssociationSettings("Testi", "EUR", 25.5m, Language.Finnish, association.Settings.Population, false, 3)));
        var index = MatchIndex.Build(all, association.Preferences, settings);
        var oracle = new ReferenceMatcher(all, association.Preferences, settings);

        // Then
        settings.Outcomes.IsEmpty.ShouldBeFalse();
        foreach (var business in all)
        {
            var fast = index.TopMatches(index.IndexOf(business.Id), 10);
            var slow = oracle.Top(business.Id, 10);
            fast.Select(h => h.Id).ShouldBe(slow.Select(s => s.Id), $"business {business.Id}");
            fast.Select(h => h.Score).ShouldBe(slow.Select(s => s.Score), 1e-9);
        }
    }

    private static AssociationSettings Settings => new("Testi", "EUR", 25.5m, Language.Finnish, 60000, false, 3);

    private static CampaignResult Result(long participant, long customers, long revenueCents)
        => new(participant, new DateOnly(2027, 1, 1), ResultPeriod.Month, customers * 100, customers * 10, customers * 2, customers, Money.FromCents(revenueCents));

    private static Campaign Reopened(Campaign c)
        => new(c.Id, c.Name, c.Goal, c.Start, c.End, CampaignStatus.Running, c.Participants, c.CostItems, c.Plan, c.Results);
}
