using CoMarketing.Core.Demo;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Reference;
using Xunit.Abstractions;

namespace CoMarketing.Core.Tests.Matching.Evaluation;

/// <summary>
/// The evaluation harness of issue 13: the labelled Kemijärvi association's hit@3 and mean reciprocal rank, and a
/// review of the demo association's rankings. The figures are printed (dotnet test --logger "console;verbosity=detailed").
/// </summary>
public sealed class RankingEvaluationTests(ITestOutputHelper output)
{
    private static readonly DateOnly Today = new(2027, 3, 15);

    /// <summary>The shipped table of related interests, <c>data/interest-affinities.csv</c>.</summary>
    internal static readonly Lazy<InterestAffinities> ShippedAffinities = new(() => new InterestAffinities(
        ReferenceDataParser.ParseInterestAffinities(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "interest-affinities.csv")))));

    /// <summary>The shipped table of complementary industries, <c>data/industry-complements.csv</c>.</summary>
    internal static readonly Lazy<IndustryComplements> ShippedComplements = new(() => new IndustryComplements(
        ReferenceDataParser.ParseIndustryComplements(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "industry-complements.csv")))));

    [Fact]
    public void Labelled_Association_Should_Rank_An_Expert_Partner_In_The_Top_Three_For_Nine_Members_In_Ten()
    {
        // Given
        var labelled = LabelledAssociation.Load();

        // When
        var without = Evaluate(labelled, IndustryComplements.Empty, print: false);
        var evaluation = Evaluate(labelled, ShippedComplements.Value, print: true);

        // Then
        output.WriteLine($"members {labelled.Businesses.Count}, labelled {labelled.Experts.Count}: hit@3 {evaluation.HitAt3:P1}, MRR {evaluation.MeanReciprocalRank:0.000}"
            + $" (without complementary industries: hit@3 {without.HitAt3:P1}, MRR {without.MeanReciprocalRank:0.000})");
        // Issue 13 asks for hit@3 ≥ 90 % and MRR ≥ 0.85. Measured with the complementary industries: see the README
        // (without them 94.7 %, 0.836; before issue 13: 86.8 %, 0.818).
        evaluation.HitAt3.ShouldBeGreaterThanOrEqualTo(0.9);
        evaluation.MeanReciprocalRank.ShouldBeGreaterThanOrEqualTo(0.85);
    }

    [Fact]
    public void Labelled_Association_Should_Keep_Most_Of_The_Gain_With_Every_Complement_One_Level_Weaker()
    {
        // Given: the shipped table one level weaker (75 → 50, 50 → 25, 25 left out), and the table without the pairs
        // that cover none of the labelled association's industries.
        var labelled = LabelledAssociation.Load();
        var shipped = ShippedComplements.Value.All;
        var weaker = new IndustryComplements(shipped.Where(c => c.Percent > 25).Select(c => new IndustryComplement(c.Industry, c.Complement, c.Percent - 25, c.Why)));
        var applicable = shipped.Count(c => labelled.Businesses.Any(x => labelled.Businesses.Any(y => x.Id != y.Id && c.Covers(x.Industry, y.Industry))));

        // When
        var without = Evaluate(labelled, IndustryComplements.Empty, print: false);
        var full = Evaluate(labelled, ShippedComplements.Value, print: false);
        var oneLevelWeaker = Evaluate(labelled, weaker, print: false);

        // Then
        output.WriteLine($"table: {shipped.Count} pairs, {applicable} of them cover two members of the labelled association");
        output.WriteLine($"no table: hit@3 {without.HitAt3:P1}, MRR {without.MeanReciprocalRank:0.000}");
        output.WriteLine($"shipped table: hit@3 {full.HitAt3:P1}, MRR {full.MeanReciprocalRank:0.000}");
        output.WriteLine($"every pair one level weaker: hit@3 {oneLevelWeaker.HitAt3:P1}, MRR {oneLevelWeaker.MeanReciprocalRank:0.000}");
        // The gain does not hang on the exact percents: a table one level weaker everywhere still beats no table.
        oneLevelWeaker.MeanReciprocalRank.ShouldBeGreaterThan(without.MeanReciprocalRank);
        oneLevelWeaker.HitAt3.ShouldBeGreaterThanOrEqualTo(without.HitAt3);
    }

    private RankingEvaluation Evaluate(LabelledAssociation labelled, IndustryComplements complements, bool print)
    {
        var matcher = new PartnerMatcher(labelled.Businesses, [],
            new MatchSettings(LabelledAssociation.Population, false, affinities: ShippedAffinities.Value, complements: complements));
        IReadOnlyList<long> Rank(long id) => [.. matcher.Index.TopMatches(matcher.Index.IndexOf(id), labelled.Businesses.Count).Select(h => h.Id)];
        var evaluation = RankingEvaluation.Of(labelled.Experts, Rank);
        if (print)
        {
            foreach (var line in evaluation.Lines(labelled.Businesses, Rank))
            {
                output.WriteLine(line);
            }
        }

        return evaluation;
    }

    [Fact]
    public void Demo_Fishing_Shop_Should_Get_The_Fishing_Guide_First()
    {
        // Given
        var demo = DemoAssociation.Build(Today);
        var outcomes = MatchOutcomes.From(demo.Campaigns, demo.Businesses, demo.Settings);
        var matcher = new PartnerMatcher(demo.Businesses, demo.PairPreferences, MatchSettings.From(demo.Settings, ShippedAffinities.Value, outcomes, ShippedComplements.Value));
        var names = demo.Businesses.ToDictionary(b => b.Id, b => b.Name);

        // When
        var rankings = demo.Businesses.Select(b => (b, Top: matcher.Index.TopMatches(matcher.Index.IndexOf(b.Id), 3))).ToList();

        // Then
        foreach (var (b, top) in rankings)
        {
            output.WriteLine($"{b.Name,-34} {string.Join(", ", top.Select(h => $"{names[h.Id]} {h.Score:0}"))}");
        }

        // Pairs an adviser would put first: the fishing shop and the guide, the gym and the physiotherapist, the
        // gaming café and the pizzeria for young people.
        long First(long id) => rankings.Single(r => r.b.Id == id).Top[0].Id;
        First(DemoMembers.Erapuoti).ShouldBe(DemoMembers.Kalastusopas);
        First(DemoMembers.Kalastusopas).ShouldBe(DemoMembers.Erapuoti);
        First(DemoMembers.KuntokeskusVoima).ShouldBe(DemoMembers.FysioterapiaLiike);
        First(DemoMembers.PelikahvilaPixel).ShouldBe(DemoMembers.PizzeriaNapapiiri);
        First(DemoMembers.PizzeriaNapapiiri).ShouldBe(DemoMembers.PelikahvilaPixel);
    }
}
