using System.Globalization;
using System.Text;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;

namespace CoMarketing.Core.Demo;

/// <summary>The demo association's members: fictional Rovaniemi businesses, deterministic, ids 1..n in list order.</summary>
public static partial class DemoMembers
{
    /// <summary>Rovaniemi's official code; most demo members are there.</summary>
    public static readonly MunicipalityCode Rovaniemi = MunicipalityCode.Parse("698");

    private static readonly GeoPoint RovaniemiCentre = new(66.503, 25.729);

    /// <summary>A member. <paramref name="ages"/> are percentages over the seven bands (0–17 … 65+).</summary>
    private static Business Member(
        long id,
        string name,
        string industry,
        string offerings,
        CustomerType customerType,
        int[] ages,
        string interests,
        string months,
        int customersPerMonth,
        double radiusKm,
        string contact,
        Channel[] channels,
        string municipality = "698",
        string served = "",
        bool national = false,
        string? notes = null)
    {
        var home = MunicipalityCode.Parse(municipality);
        var areas = served.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(MunicipalityCode.Parse).Append(home);
        var audience = new Audience(
            new AgeDistribution([.. ages.Select(a => (double)a)]),
            [.. interests.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(InterestTag.Parse)],
            [.. areas],
            ActiveMonths.Parse(months),
            customersPerMonth,
            national);

        // Spread the members a little around the town centre so catchments differ but overlap.
        var centre = home == Rovaniemi
            ? new GeoPoint(RovaniemiCentre.Latitude + (((id % 5) - 2) * 0.004), RovaniemiCentre.Longitude + (((id % 7) - 3) * 0.006))
            : (GeoPoint?)null;
        return new Business(
            id,
            name,
            DemoBusinessIds.For(id),
            IndustryCode.Parse(industry),
            offerings.Split('|'),
            home,
            centre is { } c ? new Catchment(c, radiusKm) : null,
            customerType,
            new ContactInfo(contact, $"info@{Slug(name)}.fi", Phone(id)),
            notes,
            false,
            audience,
            channels);
    }

    private static Channel Instagram(string handle, int followers) => new(ChannelKind.Instagram, handle, followers, 0.035, Money.FromCents(15000));

    private static Channel Facebook(string page, int followers) => new(ChannelKind.Facebook, page, followers, 0.02, Money.FromCents(12000));

    private static Channel TikTok(string handle, int followers) => new(ChannelKind.TikTok, handle, followers, 0.06, Money.FromCents(20000));

    private static Channel LinkedIn(string page, int followers) => new(ChannelKind.LinkedIn, page, followers, 0.025, Money.FromCents(25000));

    private static Channel Website(string site, int monthlyVisitors) => new(ChannelKind.Website, site, monthlyVisitors, 0.01, Money.Zero);

    private static Channel Newsletter(int subscribers) => new(ChannelKind.Newsletter, "Uutiskirje", subscribers, 0.3, Money.FromCents(3000));

    private static Channel Newspaper(int circulation, long costCents) => new(ChannelKind.LocalNewspaper, "Uusi Rovaniemi -lehti", circulation, 0.0, Money.FromCents(costCents));

    private static Channel Radio(int listeners) => new(ChannelKind.Radio, "Radio Napapiiri", listeners, 0.0, Money.FromCents(40000));

    private static Channel Print(int copies) => new(ChannelKind.InStorePrint, "Myymäläjulisteet", copies, 0.0, Money.FromCents(20000));

    private static Channel Event(string name, int visitors) => new(ChannelKind.Event, name, visitors, 0.1, Money.FromCents(50000));

    private static Channel SearchAds(int monthlyClicks) => new(ChannelKind.SearchAds, "Hakumainonta", monthlyClicks, 0.04, Money.FromCents(30000));

    private static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            var plain = c switch
            {
                'ä' or 'å' => 'a',
                'ö' => 'o',
                _ => c,
            };
            if (char.IsAsciiLetterOrDigit(plain))
            {
                sb.Append(plain);
            }
        }

        return sb.ToString();
    }

    private static string Phone(long id) => string.Create(CultureInfo.InvariantCulture, $"040 {1_234_567 + (id * 104_729 % 8_000_000):D7}");
}
