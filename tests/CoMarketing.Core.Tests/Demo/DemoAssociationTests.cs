using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Demo;
using CoMarketing.Core.Reference;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Core.Tests.Demo;

public sealed class DemoAssociationTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    private static readonly Lazy<ReferenceData> Reference = new(() => ReferenceData.Parse(
        Read("industries.csv"), Read("municipalities.csv"), Read("interests.csv"), Read("channel-kinds.csv")));

    [Fact]
    public void Demo_Should_Have_At_Least_40_Members_With_Unique_Names_Ids_And_Business_Ids()
    {
        // When
        var demo = DemoAssociation.Build(Today);

        // Then
        demo.Businesses.Count.ShouldBeGreaterThanOrEqualTo(40);
        demo.Businesses.Select(b => b.Id).ShouldBe(Enumerable.Range(1, demo.Businesses.Count).Select(i => (long)i));
        demo.Businesses.Select(b => b.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(demo.Businesses.Count);
        demo.Businesses.Select(b => b.BusinessId).Distinct().Count().ShouldBe(demo.Businesses.Count);
        demo.Businesses.Select(b => BusinessId.TryParse(b.BusinessId.ToString(), out var id, out var error)).ShouldAllBe(ok => ok);
        demo.Settings.Population.ShouldBeInRange(60000, 70000);
    }

    [Fact]
    public void Demo_Members_Should_Use_Listed_Industries_Municipalities_And_Vocabulary_Interests()
    {
        // Given
        var data = Reference.Value;

        // When
        var members = DemoMembers.All();

        // Then
        members.ShouldAllBe(b => data.FindIndustry(b.Industry) != null);
        members.ShouldAllBe(b => data.FindMunicipality(b.Municipality) != null);
        members.SelectMany(b => b.Audience.Interests).ShouldAllBe(t => data.IsVocabularyInterest(t));
        members.ShouldAllBe(b => b.Channels.Length > 0 && b.Audience.Municipalities.Contains(b.Municipality));
        members.ShouldContain(b => b.Name.Contains('ä') || b.Name.Contains('ö'));
    }

    [Fact]
    public void Demo_Should_Have_Two_Competing_Cafes_And_Two_Competing_Grocery_Stores()
    {
        // When
        var members = DemoMembers.All().ToDictionary(b => b.Id);
        var aalto = members[DemoMembers.KahvilaAalto];
        var kuura = members[DemoMembers.KahvilaKuura];
        var korkalo = members[DemoMembers.RuokamarketKorkalo];
        var rantavitikka = members[DemoMembers.LahikauppaRantavitikka];

        // Then
        aalto.Industry.ShouldBe(kuura.Industry);
        aalto.Industry.Code.ShouldBe("56102");
        aalto.Offerings.Intersect(kuura.Offerings).Count().ShouldBeGreaterThanOrEqualTo(3);
        korkalo.Industry.Code.ShouldBe("47111");
        rantavitikka.Industry.Code.ShouldBe("47112");
        korkalo.Industry.Class.ShouldBe(rantavitikka.Industry.Class);
        aalto.Channels.ShouldContain(c => c.Kind == ChannelKind.Instagram && c.AudienceSize == 8200);
    }

    [Fact]
    public void Demo_Should_Have_Seasonal_Firms_Very_Different_Ages_B2B_And_National_Sellers()
    {
        // When
        var members = DemoMembers.All();
        var youth = members.Single(b => b.Id == DemoMembers.PelikahvilaPixel);
        var seniors = members.Single(b => b.Id == DemoMembers.Hoivahelmi);

        // Then
        members.Single(b => b.Id == DemoMembers.HuskySafarit).Audience.Months.Contains(7).ShouldBeFalse();
        members.Single(b => b.Id == DemoMembers.Kalastusopas).Audience.Months.Contains(1).ShouldBeFalse();
        youth.Audience.Ages[AgeBand.From18To24].ShouldBeGreaterThan(0.5);
        seniors.Audience.Ages[AgeBand.From65].ShouldBeGreaterThan(0.5);
        youth.Audience.Ages.Similarity(seniors.Audience.Ages).ShouldBeLessThan(0.1);
        members.Count(b => b.CustomerType == CustomerType.Businesses).ShouldBeGreaterThanOrEqualTo(3);
        members.Count(b => b.Audience.National).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public void Demo_Should_Have_One_Never_Pair_And_One_Fine_Together_Preference()
    {
        // When
        var preferences = DemoAssociation.PairPreferences();

        // Then
        preferences.Count(p => p.Kind == PairPreferenceKind.NeverPair).ShouldBe(1);
        preferences.Count(p => p.Kind == PairPreferenceKind.FineTogether).ShouldBe(1);
    }

    [Property(MaxTest = 30)]
    public Property Demo_Campaigns_Should_Be_Finished_Running_And_Draft_Relative_To_Today()
        => Prop.ForAll(Gen.Choose(0, 365 * 10).ToArbitrary(), offset =>
        {
            // Given
            var today = new DateOnly(2024, 1, 1).AddDays(offset);

            // When
            var campaigns = DemoAssociation.Build(today).Campaigns;

            // Then
            var finished = campaigns.Single(c => c.Status == CampaignStatus.Finished);
            var running = campaigns.Single(c => c.Status == CampaignStatus.Running);
            var draft = campaigns.Single(c => c.Status == CampaignStatus.Draft);
            return finished.End < today && running.Start <= today && today <= running.End && draft.Start > today
                && finished.Results.Length > 0 && draft.Results.Length == 0;
        });

    [Fact]
    public void Finished_Campaign_Should_Have_Monthly_Results_For_Every_Participant()
    {
        // When
        var finished = DemoCampaigns.Finished(Today);

        // Then
        finished.Results.ShouldAllBe(r => r.Period == ResultPeriod.Month && r.PeriodStart.Day == 1);
        finished.Results.GroupBy(r => r.Participant).Select(g => g.Count()).ShouldAllBe(n => n == 3);
        finished.Results.Select(r => r.Participant).Distinct().ShouldBe(finished.Participants, ignoreOrder: true);
        finished.Results.ShouldAllBe(r => r.PeriodStart >= finished.Start && r.PeriodStart <= finished.End);
    }

    [Fact]
    public void Every_Campaign_Should_Use_Several_Split_Rules_And_Have_A_Plan()
    {
        // When
        var campaigns = DemoCampaigns.All(Today);

        // Then
        campaigns.ShouldAllBe(c => c.Participants.Length >= 4 && c.Plan.Length >= 2);
        campaigns.ShouldAllBe(c => c.CostItems.Select(i => i.Rule).Distinct().Count() >= 2);
        campaigns.SelectMany(c => c.CostItems).Select(i => i.Rule).Distinct().Count().ShouldBe(Enum.GetValues<SplitRule>().Length);
    }

    [Fact]
    public void WithBusinessIds_Should_Translate_Every_Reference_To_A_Business()
    {
        // Given
        var demo = DemoAssociation.Build(Today);
        var map = demo.Businesses.ToDictionary(b => b.Id, b => b.Id + 100);

        // When
        var moved = demo.WithBusinessIds(map);

        // Then
        moved.Businesses.Select(b => b.Id).ShouldBe(demo.Businesses.Select(b => b.Id + 100));
        moved.PairPreferences[0].From.ShouldBe(DemoMembers.KuntokeskusVoima + 100);
        var running = moved.Campaigns.Single(c => c.Status == CampaignStatus.Running);
        running.Participants[0].ShouldBe(DemoMembers.HotelliOunasvaara + 100);
        running.CostItems[1].PaidBy.ShouldBe(DemoMembers.HotelliOunasvaara + 100);
        running.CostItems[1].Percents.Keys.ShouldAllBe(id => id > 100);
        running.Results.ShouldAllBe(r => r.Participant > 100);
    }

    [Fact]
    public void Build_Should_Be_Deterministic()
    {
        // When
        var first = DemoAssociation.Build(Today);
        var second = DemoAssociation.Build(Today);

        // Then
        first.Businesses.SequenceEqual(second.Businesses).ShouldBeTrue();
        first.Campaigns.Select(c => (c.Name, c.Start, c.End)).ShouldBe(second.Campaigns.Select(c => (c.Name, c.Start, c.End)));
    }

    private static string Read(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", file));
}
