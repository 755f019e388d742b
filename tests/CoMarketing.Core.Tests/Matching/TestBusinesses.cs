using System.Collections.Immutable;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;

namespace CoMarketing.Core.Tests.Matching;

/// <summary>Small hand-made businesses for tables of cases.</summary>
internal static class TestBusinesses
{
    public static Business Make(
        long id,
        string industry = "5610",
        string municipality = "698",
        string offerings = "",
        string ages = "25-34:0.5|35-44:0.5",
        string interests = "food",
        string served = "",
        string months = "1-12",
        CustomerType customers = CustomerType.Consumers,
        bool national = false,
        bool archived = false,
        (double Lat, double Lon, double Km)? catchment = null,
        string channels = "",
        string? name = null)
    {
        var audience = new Audience(
            AgeDistribution.Parse(ages),
            [.. interests.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(InterestTag.Parse)],
            [.. served.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(MunicipalityCode.Parse)],
            ActiveMonths.Parse(months),
            100,
            national);
        var channelList = channels.Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => c.Split(':'))
            .Select(p => new Channel(ChannelKinds.Parse(p[0]), null, int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), 0.02, Money.Zero));
        return new Business(
            id,
            name ?? $"Business {id}",
            null,
            IndustryCode.Parse(industry),
            offerings.Split('|', StringSplitOptions.RemoveEmptyEntries),
            MunicipalityCode.Parse(municipality),
            catchment is { } c ? new Catchment(new GeoPoint(c.Lat, c.Lon), c.Km) : null,
            customers,
            ContactInfo.None,
            null,
            archived,
            audience,
            channelList);
    }

    public static ImmutableArray<PairPreference> None => [];
}
