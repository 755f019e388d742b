using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Matching;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// The lines <c>match</c> and <c>group</c> write around the bands and reasons (<see cref="MatchTexts"/>), in Finnish and
/// English. JSON output never uses them.
/// </summary>
/// <remarks>Scores have one decimal: <c>87.5</c> in English, <c>87,5</c> in Finnish.</remarks>
public sealed class MatchFrames
{
    public static MatchFrames English { get; } = new(CultureInfo.InvariantCulture)
    {
        PartnersFor = (name, id) => $"Partners for {name} (id {id}), best first:",
        NoCompatible = (name, id) => $"No compatible partners for {name} (id {id}).",
        NoStrongOrPossible = (name, id) => $"No strong or possible partners for {name} (id {id}).",
        Score = "score",
        MemberOf = (name, key, coordinator) => $"member of {name} ({key}); its coordinator: {coordinator}",
        Contact = "contact",
        WeakNotShown = count => $"{count} weak partner(s) not shown; --all lists them.",
        CountsOnly = (name, key, members, coordinator) => $"{name} ({key}) shares counts only: {members} member(s) of other industries where you serve or selling nationally; ask its coordinator: {coordinator}",
        IsMatch = (candidate, business, score, band) => $"{candidate} is a match for {business}: score {score}, {MatchBands.Key(band)}.",
        IsNoMatch = (candidate, business) => $"{candidate} is not a match for {business}:",
        Components = "age {0:0.00}, interests {1:0.00}, area {2:0.00}, season {3:0.00}, customer type {4:0.00}, new reach {5:0.00} (weighted), earlier campaigns +{6:0.0}",
        GroupFor = (name, id, reach) => $"Group for {name} (id {id}), reach {reach}:",
        Reach = "reach",
        Combined = (reach, gain) => $"Combined unique reach {reach} (+{gain} people).",
    };

    public static MatchFrames Finnish { get; } = new(CultureInfo.GetCultureInfo("fi-FI"))
    {
        PartnersFor = (name, id) => $"Kumppanit yritykselle {name} (id {id}), paras ensin:",
        NoCompatible = (name, id) => $"Yritykselle {name} (id {id}) ei löytynyt sopivia kumppaneita.",
        NoStrongOrPossible = (name, id) => $"Yritykselle {name} (id {id}) ei löytynyt vahvoja eikä mahdollisia kumppaneita.",
        Score = "pisteet",
        MemberOf = (name, key, coordinator) => $"yhdistyksen {name} ({key}) jäsen; koordinaattori: {coordinator}",
        Contact = "yhteystiedot",
        WeakNotShown = count => count == 1
            ? "1 heikko kumppani jäi pois; --all näyttää sen."
            : $"{count} heikkoa kumppania jäi pois; --all näyttää ne.",
        CountsOnly = (name, key, members, coordinator) => members == 1
            ? $"{name} ({key}) jakaa vain lukumäärät: 1 muun toimialan jäsen palvelee alueellasi tai myy koko maahan; kysy lisää sen koordinaattorilta: {coordinator}"
            : $"{name} ({key}) jakaa vain lukumäärät: {members} muiden toimialojen jäsentä palvelee alueellasi tai myy koko maahan; kysy lisää sen koordinaattorilta: {coordinator}",
        IsMatch = (candidate, business, score, band) => $"{candidate} sopii kumppaniksi yritykselle {business}: pisteet {score}, {MatchTexts.Finnish.Band(band)}.",
        IsNoMatch = (candidate, business) => $"{candidate} ei sovi kumppaniksi yritykselle {business}:",
        Components = "ikä {0:0.00}, kiinnostuksen kohteet {1:0.00}, alue {2:0.00}, kausi {3:0.00}, asiakastyyppi {4:0.00}, uusi tavoittavuus {5:0.00} (painotettuina), aiemmat kampanjat +{6:0.0}",
        GroupFor = (name, id, reach) => $"Ryhmä yritykselle {name} (id {id}), tavoittavuus {reach}:",
        Reach = "tavoittavuus",
        Combined = (reach, gain) => $"Yhteinen tavoittavuus ilman päällekkäisyyksiä {reach} (+{gain} {(gain == "1" ? "ihminen" : "ihmistä")}).",
    };

    private MatchFrames(CultureInfo culture) => Culture = culture;

    /// <summary>How numbers are written: a decimal point in English, a comma in Finnish.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The heading of the list: (business name, id).</summary>
    public required Func<string, long, string> PartnersFor { get; init; }

    public required Func<string, long, string> NoCompatible { get; init; }

    public required Func<string, long, string> NoStrongOrPossible { get; init; }

    /// <summary>The word before a partner's score.</summary>
    public required string Score { get; init; }

    /// <summary>A partner from another association: (its name, its key, its coordinator).</summary>
    public required Func<string, string, string, string> MemberOf { get; init; }

    /// <summary>The word before a shared partner's contact.</summary>
    public required string Contact { get; init; }

    /// <summary>How many weak partners <c>--all</c> would add.</summary>
    public required Func<int, string> WeakNotShown { get; init; }

    /// <summary>An association sharing counts only: (name, key, members, coordinator).</summary>
    public required Func<string, string, int, string, string> CountsOnly { get; init; }

    /// <summary>(candidate, business, score, band).</summary>
    public required Func<string, string, string, MatchBand, string> IsMatch { get; init; }

    /// <summary>(candidate, business); the reasons follow.</summary>
    public required Func<string, string, string> IsNoMatch { get; init; }

    /// <summary>The weighted components of a score and the earlier campaigns' boost, as a format with seven values.</summary>
    public required string Components { get; init; }

    /// <summary>The heading of a group: (business name, id, its own reach).</summary>
    public required Func<string, long, string, string> GroupFor { get; init; }

    /// <summary>The word before a group member's reach.</summary>
    public required string Reach { get; init; }

    /// <summary>(combined reach, gain), both already grouped by <see cref="MatchTexts.Number"/>.</summary>
    public required Func<string, string, string> Combined { get; init; }

    public static MatchFrames For(Language language) => language == Language.Finnish ? Finnish : English;

    /// <summary>A score with one decimal in this language.</summary>
    public string Points(double score) => Math.Round(score, 1, MidpointRounding.AwayFromZero).ToString("0.0", Culture);
}
