using CoMarketing.Core.Association;

namespace CoMarketing.Core.Channels.Advice;

/// <summary>Every sentence channel advice says to people, in Finnish and English.</summary>
/// <remarks>Arguments arrive formatted: people counts, percentages ("62 %") and amounts ("13 €") in the reader's culture.</remarks>
public sealed class AdviceTexts
{
    public static AdviceTexts English { get; } = new()
    {
        Span = s => s.FromYoungest && s.ToOldest ? "of all ages"
            : s.FromYoungest ? $"under {s.AgeAfter}"
            : s.ToOldest ? $"{s.LowerAge}+"
            : $"aged {s.LowerAge}–{s.AgeAfter - 1}",
        People = n => n == "1" ? "1 person" : $"{n} people",
        Paid = (label, share, span, people, perThousand) => $"{label}: {share} of your combined customers are {span}; reaches about {people}, {perThousand} per thousand",
        Own = (partner, label, name, people, fresh) => $"{partner}, {label} {name}: {people}, about {fresh} of them reached by no other partner; free",
        AgeMisfit = (label, majority, share, span) => $"{label}: most of your customers are {majority}; only {share} are {span}",
        ConsumerMisfit = label => $"{label}: your customers are mostly consumers, not businesses",
        NationalMisfit = label => $"{label}: most of your customers buy online from elsewhere in Finland",
        NicheMisfit = label => $"{label}: few people need what you sell, so most who see the ad are not your customers; search ads reach those who look for it",
        Summary = (reach, target, cost, free) => $"The mix reaches about {reach} ({target} of them your kind of customer) for {cost}; your own accounts alone reach {free} for free.",
        NoOwnAccounts = "None of the partners has an own account to post to.",
        NothingToBuy = "Nothing to buy: no paid channel fits both your customers and the budget.",
        Heading = (names, budget) => budget is null ? $"Channel advice for {names}" : $"Channel advice for {names}, budget {budget}",
        Customers = (count, ages) => $"Your combined customers: {count} a month; {ages}",
        OwnHeading = "Your own accounts first (free)",
        MixHeading = "Recommended paid channels",
        WarningsHeading = "Not recommended",
        Placements = (count, cost) => count == 1 ? $"1 placement, {cost}" : $"{count} placements, {cost}",
    };

    public static AdviceTexts Finnish { get; } = new()
    {
        Span = s => s.FromYoungest && s.ToOldest ? "kaikenikäisiä"
            : s.FromYoungest ? $"alle {s.AgeAfter}-vuotiaita"
            : s.ToOldest ? $"{s.LowerAge} vuotta täyttäneitä"
            : $"{s.LowerAge}–{s.AgeAfter - 1}-vuotiaita",
        People = n => n == "1" ? "1 ihmisen" : $"{n} ihmistä",
        Paid = (label, share, span, people, perThousand) => $"{label}: {share} yhteisistä asiakkaistanne on {span}; tavoittaa noin {people}, {perThousand} tuhatta tavoitettua kohden",
        Own = (partner, label, name, people, fresh) => $"{partner}, {label} {name}: tavoittaa {people}, joista noin {fresh} ei tavoita kukaan muu kumppani; maksuton",
        AgeMisfit = (label, majority, share, span) => $"{label}: suurin osa asiakkaistanne on {majority}; vain {share} on {span}",
        ConsumerMisfit = label => $"{label}: asiakkaanne ovat enimmäkseen kuluttajia, eivät yrityksiä",
        NationalMisfit = label => $"{label}: suurin osa asiakkaistanne ostaa verkosta muualta Suomesta",
        NicheMisfit = label => $"{label}: harva tarvitsee tarjoamaanne, joten useimmat ilmoituksen näkijät eivät ole asiakkaitanne; hakusanamainonta tavoittaa ne, jotka etsivät sitä",
        Summary = (reach, target, cost, free) => $"Suositus tavoittaa noin {reach} (heistä {target} asiakkaidenne kaltaisia) hintaan {cost}; omat tilinne yksin tavoittavat {free} maksutta.",
        NoOwnAccounts = "Kenelläkään kumppanilla ei ole omaa tiliä, jolle julkaista.",
        NothingToBuy = "Ei ostettavaa: mikään maksettu kanava ei sovi sekä asiakkaisiinne että budjettiin.",
        Heading = (names, budget) => budget is null ? $"Kanavasuositus: {names}" : $"Kanavasuositus: {names}, budjetti {budget}",
        Customers = (count, ages) => $"Yhteiset asiakkaanne: {count} kuukaudessa; {ages}",
        OwnHeading = "Ensin omat tilinne (maksutta)",
        MixHeading = "Suositellut maksetut kanavat",
        WarningsHeading = "Ei suositella",
        Placements = (count, cost) => count == 1 ? $"1 julkaisu, {cost}" : $"{count} julkaisua, {cost}",
    };

    private AdviceTexts()
    {
    }

    /// <summary>An age span as a group of people: "under 35", "45+", "aged 25–44".</summary>
    public required Func<AgeSpan, string> Span { get; init; }

    /// <summary>A formatted count of people: "9 000 people", "9 000 ihmistä".</summary>
    public required Func<string, string> People { get; init; }

    /// <summary>Label, share, span, people, cost per thousand.</summary>
    public required Func<string, string, string, string, string, string> Paid { get; init; }

    /// <summary>Partner, label, account name, people, new people.</summary>
    public required Func<string, string, string, string, string, string> Own { get; init; }

    /// <summary>Label, majority span, share in the channel's core, the core span.</summary>
    public required Func<string, string, string, string, string> AgeMisfit { get; init; }

    public required Func<string, string> ConsumerMisfit { get; init; }

    public required Func<string, string> NationalMisfit { get; init; }

    public required Func<string, string> NicheMisfit { get; init; }

    /// <summary>Reach, target reach, cost, free reach.</summary>
    public required Func<string, string, string, string, string> Summary { get; init; }

    public required string NoOwnAccounts { get; init; }

    public required string NothingToBuy { get; init; }

    /// <summary>Partner names, the budget (null when none).</summary>
    public required Func<string, string?, string> Heading { get; init; }

    /// <summary>Customers a month, the age shares.</summary>
    public required Func<string, string, string> Customers { get; init; }

    public required string OwnHeading { get; init; }

    public required string MixHeading { get; init; }

    public required string WarningsHeading { get; init; }

    /// <summary>Number of placements, their cost.</summary>
    public required Func<int, string, string> Placements { get; init; }

    public static AdviceTexts For(Language language) => language == Language.Finnish ? Finnish : English;
}
