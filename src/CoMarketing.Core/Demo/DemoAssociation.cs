using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using static CoMarketing.Core.Demo.DemoMembers;

namespace CoMarketing.Core.Demo;

/// <summary>
/// The demo association "Napapiirin Yrittäjät ry": a fictional entrepreneurs' association in Rovaniemi (Lapland)
/// with 45 members — cafés and grocery stores that compete, seasonal safari and fishing guides, B2B firms,
/// a youth-oriented gaming café and a home-help service for pensioners, national online sellers — and three
/// campaigns (finished, running, draft). Deterministic: the same <c>today</c> gives the same data.
/// </summary>
public static class DemoAssociation
{
    public const string Name = "Napapiirin Yrittäjät ry";

    /// <summary>Rovaniemi's approximate population, the P of the reach model.</summary>
    public const int Population = 65500;

    public static AssociationSettings Settings { get; } = new(Name, "EUR", 25.5m, Language.Finnish, Population, false, 3);

    /// <summary>Builds the demo with its campaigns dated around <paramref name="today"/>.</summary>
    public static DemoDataSet Build(DateOnly today) => new(Settings, All(), PairPreferences(), DemoCampaigns.All(today));

    /// <summary>
    /// The gym never wants to pair with the pizzeria; the two sports shops (same class, different niches) say
    /// they are fine together.
    /// </summary>
    public static IReadOnlyList<PairPreference> PairPreferences() =>
    [
        new(KuntokeskusVoima, PizzeriaNapapiiri, PairPreferenceKind.NeverPair),
        new(UrheiluLappi, Erapuoti, PairPreferenceKind.FineTogether),
    ];
}
