using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using CoMarketing.Core.Reference;

namespace CoMarketing.Core.Tests.Channels.Advice;

/// <summary>Businesses and channels for channel-advice tests, and the real channel-kind profiles from <c>data/</c>.</summary>
internal static class AdviceFixtures
{
    public static IReadOnlyList<ChannelProfile> Profiles { get; } =
        ReferenceDataParser.ParseChannelProfiles(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "channel-kinds.csv")));

    /// <summary>A distribution with all its weight in one band.</summary>
    public static AgeDistribution Only(AgeBand band)
    {
        var weights = new double[AgeBands.Count];
        weights[(int)band] = 1;
        return new AgeDistribution(weights);
    }

    public static Channel Channel(ChannelKind kind, string name, int audience, long costCents, AgeDistribution? ages = null)
        => new(kind, name, audience, 0.02, Money.FromCents(costCents), ages);

    public static Business Partner(long id, string name, AgeDistribution ages, int customersPerMonth, params Channel[] channels)
        => Partner(id, name, ages, customersPerMonth, CustomerType.Consumers, false, channels);

    public static Business Partner(long id, string name, AgeDistribution ages, int customersPerMonth, CustomerType type, bool national, params Channel[] channels)
        => new(
            id,
            name,
            null,
            IndustryCode.Parse("56101"),
            [],
            MunicipalityCode.Parse("698"),
            null,
            type,
            ContactInfo.None,
            null,
            false,
            new Audience(ages, [], [], ActiveMonths.AllYear, customersPerMonth, national),
            channels);
}
