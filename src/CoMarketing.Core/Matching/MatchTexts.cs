using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;

namespace CoMarketing.Core.Matching;

/// <summary>Every sentence matching says to people, in Finnish and English, in this one place.</summary>
/// <remarks>
/// Numbers are whole and grouped by threes with a space in both languages (<c>8 200</c>), as in DESIGN.md.
/// </remarks>
public sealed class MatchTexts
{
    private static readonly NumberFormatInfo Grouping = new() { NumberGroupSeparator = " ", NumberDecimalDigits = 0 };
    private static readonly NumberFormatInfo FinnishMoney = new() { NumberGroupSeparator = " ", NumberDecimalSeparator = ",", NumberDecimalDigits = 2 };
    private static readonly NumberFormatInfo EnglishMoney = new() { NumberGroupSeparator = ",", NumberDecimalSeparator = ".", NumberDecimalDigits = 2 };

    public static MatchTexts English { get; } = new()
    {
        And = "and",
        BothReach = (ages, place) => $"both reach {ages} {place}",
        BothServe = place => $"both serve customers {place}",
        AgeSpan = (from, to) => $"{from}–{to}-year-olds",
        AgeFrom = from => $"people aged {from} and over",
        InPlaces = names => $"in {names}",
        Nearby = "in nearby areas",
        Nationwide = "nationwide",
        BringsChannel = (count, kind) => $"brings {count} {ChannelAudienceEn(kind)} you do not reach",
        BringsPeople = count => $"brings {count} people you do not reach yet",
        DifferentIndustries = (a, b) => $"different industries: {a} and {b}",
        Complementary = (a, b, percent) => percent switch
        {
            >= 75 => $"complementary offerings for the same visit or occasion: {a} and {b}",
            >= 50 => $"complementary offerings for the same need: {a} and {b}",
            _ => $"somewhat complementary offerings: {a} and {b}",
        },
        SameIndustryFine = "same industry, but marked fine together",
        SmallTown = (a, b) => $"same industry class, different lines of business (small-town mode): {a} and {b}",
        SharedInterests = list => $"shared interests: {list}",
        RelatedInterests = list => $"related interests: {list}",
        SameMonths = months => $"active in the same {months} months",
        CoversSeason = months => $"active in all {months} months of the shorter season",
        TogetherBrought = (cost, where) => $"together you brought new customers at {cost} each {where}",
        IndustriesBrought = (a, b, cost, where) => $"businesses like yours and theirs ({a}; {b}) brought new customers at {cost} each {where}",
        InCampaign = name => $"in {name}",
        InCampaigns = count => $"in {count} joint campaigns",
        Euros = cents => $"€{Amount(cents, EnglishMoney)}",
        Band = band => band switch { MatchBand.Strong => "strong", MatchBand.Possible => "possible", _ => "weak" },
        AllYear = "both active all year round",
        SameCustomers = type => type switch
        {
            CustomerType.Consumers => "both sell to consumers",
            CustomerType.Businesses => "both sell to businesses",
            _ => "both sell to consumers and businesses",
        },
        Self = b => $"{b} is the business itself",
        Archived = b => $"{b} is archived",
        NeverPair = (who, whom) => $"{who} has marked {whom} as never pair",
        SameClass = (code, name) => $"competitors: both in industry class {code} ({name})",
        SameSubclass = (code, name) => $"competitors: same industry subclass {code} ({name}), even in small-town mode",
        OfferingOverlap = (list, percent) => $"competitors: they sell largely the same things ({list}; {percent} % overlap)",
        NoSharedArea = "no shared area: no municipality served in common and the catchments do not overlap",
    };

    public static MatchTexts Finnish { get; } = new()
    {
        And = "ja",
        BothReach = (ages, place) => $"molemmat tavoittavat {ages} {place}",
        BothServe = place => $"molemmat palvelevat asiakkaita {place}",
        AgeSpan = (from, to) => $"{from}–{to}-vuotiaita",
        AgeFrom = from => $"{from} vuotta täyttäneitä",
        InPlaces = names => $"alueella {names}",
        Nearby = "lähialueilla",
        Nationwide = "koko maassa",
        BringsChannel = (count, kind) => $"tuo {count} {ChannelAudienceFi(kind)}, joita et tavoita",
        BringsPeople = count => $"tuo {count} ihmistä, joita et vielä tavoita",
        DifferentIndustries = (a, b) => $"eri toimialat: {a} ja {b}",
        Complementary = (a, b, percent) => percent switch
        {
            >= 75 => $"toisiaan täydentävä tarjonta samaan käyntiin tai tilaisuuteen: {a} ja {b}",
            >= 50 => $"toisiaan täydentävä tarjonta samaan tarpeeseen: {a} ja {b}",
            _ => $"osin toisiaan täydentävä tarjonta: {a} ja {b}",
        },
        SameIndustryFine = "sama toimiala, mutta merkitty sopiviksi yhdessä",
        SmallTown = (a, b) => $"sama toimialaluokka, eri alatoimiala (pikkukaupunkitila): {a} ja {b}",
        SharedInterests = list => $"yhteiset kiinnostuksen kohteet: {list}",
        RelatedInterests = list => $"toisiinsa liittyvät kiinnostuksen kohteet: {list}",
        SameMonths = months => $"toiminnassa samoina kuukausina ({months} kk)",
        CoversSeason = months => $"toiminnassa koko lyhyemmän kauden ({months} kk)",
        TogetherBrought = (cost, where) => $"yhdessä toitte uusia asiakkaita {where} hintaan {cost}/asiakas",
        IndustriesBrought = (a, b, cost, where) => $"samojen alojen yritykset ({a}; {b}) toivat uusia asiakkaita {where} hintaan {cost}/asiakas",
        InCampaign = name => $"kampanjassa {name}",
        InCampaigns = count => $"{count} yhteiskampanjassa",
        Euros = cents => $"{Amount(cents, FinnishMoney)} €",
        Band = band => band switch { MatchBand.Strong => "vahva", MatchBand.Possible => "mahdollinen", _ => "heikko" },
        AllYear = "molemmat toimivat ympäri vuoden",
        SameCustomers = type => type switch
        {
            CustomerType.Consumers => "molemmat myyvät kuluttajille",
            CustomerType.Businesses => "molemmat myyvät yrityksille",
            _ => "molemmat myyvät sekä kuluttajille että yrityksille",
        },
        Self = b => $"{b} on sama yritys",
        Archived = b => $"{b} on arkistoitu",
        NeverPair = (who, whom) => $"{who} on merkinnyt yrityksen {whom}: ei koskaan yhdessä",
        SameClass = (code, name) => $"kilpailijat: molemmat toimialaluokassa {code} ({name})",
        SameSubclass = (code, name) => $"kilpailijat: sama alatoimiala {code} ({name}) myös pikkukaupunkitilassa",
        OfferingOverlap = (list, percent) => $"kilpailijat: suurelta osin samat tuotteet ({list}; päällekkäisyys {percent} %)",
        NoSharedArea = "ei yhteistä aluetta: ei yhteisiä palvelukuntia eivätkä vaikutusalueet mene päällekkäin",
    };

    private MatchTexts()
    {
    }

    public required string And { get; init; }

    public required Func<string, string, string> BothReach { get; init; }

    public required Func<string, string> BothServe { get; init; }

    public required Func<int, int, string> AgeSpan { get; init; }

    public required Func<int, string> AgeFrom { get; init; }

    public required Func<string, string> InPlaces { get; init; }

    public required string Nearby { get; init; }

    public required string Nationwide { get; init; }

    public required Func<string, ChannelKind, string> BringsChannel { get; init; }

    public required Func<string, string> BringsPeople { get; init; }

    public required Func<string, string, string> DifferentIndustries { get; init; }

    /// <summary>Complementary industries (<see cref="IndustryComplements"/>): (industry, partner's industry, percent).</summary>
    public required Func<string, string, int, string> Complementary { get; init; }

    public required string SameIndustryFine { get; init; }

    public required Func<string, string, string> SmallTown { get; init; }

    public required Func<string, string> SharedInterests { get; init; }

    public required Func<string, string> RelatedInterests { get; init; }

    public required Func<int, string> SameMonths { get; init; }

    public required Func<int, string> CoversSeason { get; init; }

    /// <summary>The pair's own earlier result: (cost per new customer, <see cref="InCampaign"/> or <see cref="InCampaigns"/>).</summary>
    public required Func<string, string, string> TogetherBrought { get; init; }

    /// <summary>The industries' earlier result: (industry a, industry b, cost per new customer, campaign).</summary>
    public required Func<string, string, string, string, string> IndustriesBrought { get; init; }

    public required Func<string, string> InCampaign { get; init; }

    public required Func<int, string> InCampaigns { get; init; }

    /// <summary>An amount in euros from cents: <c>8,45 €</c> in Finnish, <c>€8.45</c> in English.</summary>
    public required Func<long, string> Euros { get; init; }

    /// <summary>The name of a score band.</summary>
    public required Func<MatchBand, string> Band { get; init; }

    public required string AllYear { get; init; }

    public required Func<CustomerType, string> SameCustomers { get; init; }

    public required Func<string, string> Self { get; init; }

    public required Func<string, string> Archived { get; init; }

    public required Func<string, string, string> NeverPair { get; init; }

    public required Func<string, string, string> SameClass { get; init; }

    public required Func<string, string, string> SameSubclass { get; init; }

    public required Func<string, int, string> OfferingOverlap { get; init; }

    public required string NoSharedArea { get; init; }

    public static MatchTexts For(Language language) => language == Language.Finnish ? Finnish : English;

    private static string Amount(long cents, NumberFormatInfo format) => (cents / 100m).ToString("N2", format);

    /// <summary>A whole number grouped with spaces: 8200 → "8 200".</summary>
    public static string Number(double value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("N0", Grouping);

    private static string ChannelAudienceEn(ChannelKind kind) => kind switch
    {
        ChannelKind.YouTube => "YouTube subscribers",
        ChannelKind.Website => "website visitors",
        ChannelKind.Newsletter => "newsletter subscribers",
        ChannelKind.LocalNewspaper => "local newspaper readers",
        ChannelKind.Radio => "radio listeners",
        ChannelKind.InStorePrint => "in-store print viewers",
        ChannelKind.Event => "event visitors",
        ChannelKind.SearchAds => "search ad viewers",
        ChannelKind.Other => "contacts through other channels",
        _ => $"{kind} followers",
    };

    private static string ChannelAudienceFi(ChannelKind kind) => kind switch
    {
        ChannelKind.YouTube => "YouTube-tilaajaa",
        ChannelKind.Website => "verkkosivukävijää",
        ChannelKind.Newsletter => "uutiskirjeen tilaajaa",
        ChannelKind.LocalNewspaper => "paikallislehden lukijaa",
        ChannelKind.Radio => "radiokuuntelijaa",
        ChannelKind.InStorePrint => "myymälämainonnan näkijää",
        ChannelKind.Event => "tapahtumakävijää",
        ChannelKind.SearchAds => "hakumainonnan näkijää",
        ChannelKind.Other => "muiden kanavien kontaktia",
        _ => $"{kind}-seuraajaa",
    };
}
