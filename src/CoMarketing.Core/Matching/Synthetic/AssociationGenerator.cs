using System.Collections.Immutable;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;

namespace CoMarketing.Core.Matching.Synthetic;

/// <summary>
/// Generates realistic associations of any size for tests and benchmarks; the same seed always gives the same
/// association.
/// </summary>
/// <remarks>
/// Businesses spread over Finnish municipalities (Lapland first, then the big towns) in proportion to their
/// population, in 18 industries with their own offerings, interests, age profile, seasons and catchment size.
/// About 5 % reach customers nationally, 2 % are archived, 70 % have a catchment, a few members mark another as
/// never pair or fine together. Fewer places and industries make denser associations with more competitors.
/// </remarks>
public static class AssociationGenerator
{
    /// <summary>Generates <paramref name="count"/> businesses with ids 1..count.</summary>
    /// <param name="count">How many businesses, at least 1.</param>
    /// <param name="seed">The seed; equal seeds give equal associations.</param>
    /// <param name="places">How many of the catalogue's 30 municipalities to use (Lapland's come first).</param>
    /// <param name="industries">How many of the catalogue's 18 industries to use.</param>
    /// <param name="smallTownMode">The association's small-town mode.</param>
    public static SyntheticAssociation Generate(int count, int seed, int places = 30, int industries = 18, bool smallTownMode = false)
    {
        if (count < 1)
        {
            throw new DomainException($"An association needs at least one business, got {count}.");
        }

        var random = new Random(seed);
        var placeList = SyntheticCatalog.Places[..Math.Clamp(places, 1, SyntheticCatalog.Places.Length)];
        var industryList = SyntheticCatalog.Industries[..Math.Clamp(industries, 1, SyntheticCatalog.Industries.Length)];
        var totalPopulation = placeList.Sum(p => p.Population);
        var cumulative = placeList.Select((p, i) => placeList[..(i + 1)].Sum(q => (double)q.Population) / totalPopulation).ToArray();
        var businesses = new List<Business>(count);
        for (var id = 1; id <= count; id++)
        {
            var u = random.NextDouble();
            var place = Array.FindIndex(cumulative, c => c >= u);
            businesses.Add(CreateBusiness(random, id, placeList, Math.Max(place, 0), industryList[random.Next(industryList.Length)]));
        }

        var preferences = new List<PairPreference>();
        var kinds = new[] { PairPreferenceKind.NeverPair, PairPreferenceKind.FineTogether };
        for (var i = 0; i < Math.Max(1, count / 50); i++)
        {
            var from = businesses[random.Next(count)];
            var to = businesses[random.Next(count)];
            if (from.Id != to.Id)
            {
                preferences.Add(new PairPreference(from.Id, to.Id, kinds[random.Next(2)]));
            }
        }

        var affinities = new InterestAffinities(SyntheticCatalog.Affinities.Select(a => new InterestAffinity(InterestTag.Parse(a.Tag), InterestTag.Parse(a.Related), a.Percent)));
        var complements = new IndustryComplements(SyntheticCatalog.Complements.Select(c => new IndustryComplement(c.Industry, c.Complement, c.Percent)));
        return new SyntheticAssociation(businesses, preferences, new MatchSettings(totalPopulation, smallTownMode, affinities: affinities, complements: complements));
    }

    private static Business CreateBusiness(
        Random random,
        int id,
        (string Code, string Name, double Lat, double Lon, int Population)[] places,
        int placeIndex,
        (string Class, string[] Subclasses, string Stem, string[] Offerings, string[] Interests, int PeakBand, int Customers, int Season, double RadiusKm) industry)
    {
        var home = places[placeIndex];
        var code = random.NextDouble() < 0.8 ? industry.Subclasses[random.Next(industry.Subclasses.Length)] : industry.Class;
        var offerings = industry.Offerings.Where(_ => random.NextDouble() < 0.4).ToList();
        var served = new List<MunicipalityCode> { MunicipalityCode.Parse(home.Code) };
        if (random.NextDouble() < 0.3)
        {
            var nearest = places.Select((p, i) => (i, d: Math.Abs(p.Lat - home.Lat) + Math.Abs(p.Lon - home.Lon)))
                .Where(x => x.i != placeIndex).OrderBy(x => x.d).Take(1 + random.Next(2));
            served.AddRange(nearest.Select(x => MunicipalityCode.Parse(places[x.i].Code)));
        }

        var interests = industry.Interests.Where(_ => random.NextDouble() < 0.6)
            .Concat(Enumerable.Range(0, random.Next(3)).Select(_ => SyntheticCatalog.Interests[random.Next(SyntheticCatalog.Interests.Length)]))
            .Select(InterestTag.Parse).ToImmutableSortedSet();
        var audience = new Audience(Ages(random, industry.PeakBand), interests, [.. served], Months(random, industry.Season),
            random.Next(20, 2000), random.NextDouble() < 0.05);
        var catchment = random.NextDouble() < 0.7
            ? new Catchment(new GeoPoint(home.Lat + ((random.NextDouble() - 0.5) * 0.1), home.Lon + ((random.NextDouble() - 0.5) * 0.2)), industry.RadiusKm * (0.5 + random.NextDouble()))
            : null;
        var name = $"{industry.Stem} {SyntheticCatalog.Names[random.Next(SyntheticCatalog.Names.Length)]} {id}";
        return new Business(id, name, null, IndustryCode.Parse(code), offerings, MunicipalityCode.Parse(home.Code), catchment,
            (CustomerType)industry.Customers, ContactInfo.None, null, random.NextDouble() < 0.02, audience, Channels(random));
    }

    private static AgeDistribution Ages(Random random, int peak)
    {
        var centre = Math.Clamp(peak + random.Next(-1, 2), 0, AgeBands.Count - 1);
        var spread = 0.8 + (random.NextDouble() * 1.5);
        return new AgeDistribution([.. Enumerable.Range(0, AgeBands.Count)
            .Select(k => Math.Exp(-((k - centre) * (k - centre)) / (2 * spread * spread)) * (0.5 + random.NextDouble()))]);
    }

    private static ActiveMonths Months(Random random, int season) => (season, random.Next(3)) switch
    {
        (1, 0) => ActiveMonths.Parse("11-4"),
        (1, 1) => ActiveMonths.Parse("6-9|12"),
        (2, _) => ActiveMonths.Parse(random.Next(2) == 0 ? "1-12" : "2-5|11-12"),
        _ => random.NextDouble() < 0.85 ? ActiveMonths.AllYear : ActiveMonths.Parse("5-9"),
    };

    private static List<Channel> Channels(Random random)
    {
        var kinds = Enum.GetValues<ChannelKind>();
        var channels = new List<Channel>();
        var count = random.Next(0, 5);
        foreach (var kind in kinds.OrderBy(_ => random.Next()).Take(count))
        {
            var size = (int)Math.Round(Math.Exp(Math.Log(100) + (random.NextDouble() * (Math.Log(20000) - Math.Log(100)))));
            channels.Add(new Channel(kind, null, size, random.NextDouble() * 0.08, new Money(random.Next(50, 500) * 100L)));
        }

        return channels;
    }
}
