using System.Collections.Immutable;
using CoMarketing.Core.Common;
using CoMarketing.Core.Geography;

namespace CoMarketing.Core.Audiences;

/// <summary>Who a business's customers are: ages, interests, where they live, when they buy, how many.</summary>
/// <param name="Ages">Age distribution over the seven bands.</param>
/// <param name="Interests">Interest tags (shared vocabulary plus free tags).</param>
/// <param name="Municipalities">Municipalities served.</param>
/// <param name="Months">Active months (seasonality).</param>
/// <param name="CustomersPerMonth">Estimated customers per month, zero or more.</param>
/// <param name="National">True when the business reaches customers nationally online (no area filter applies).</param>
public sealed record Audience(
    AgeDistribution Ages,
    ImmutableSortedSet<InterestTag> Interests,
    ImmutableSortedSet<MunicipalityCode> Municipalities,
    ActiveMonths Months,
    int CustomersPerMonth,
    bool National)
{
    public AgeDistribution Ages { get; } = Ages ?? throw DomainException.Of("AudienceNeedsAges");

    public ImmutableSortedSet<InterestTag> Interests { get; } = Interests ?? [];

    public ImmutableSortedSet<MunicipalityCode> Municipalities { get; } = Municipalities ?? [];

    public int CustomersPerMonth { get; } = CustomersPerMonth >= 0
        ? CustomersPerMonth
        : throw DomainException.Of("CustomersPerMonthNegative", CustomersPerMonth);

    /// <summary>An all-ages, all-year audience with no interests or areas yet.</summary>
    public static Audience Empty { get; } = new(AgeDistribution.Uniform, [], [], ActiveMonths.AllYear, 0, false);

    public bool Equals(Audience? other) => other is not null
        && Ages.Equals(other.Ages) && Interests.SetEquals(other.Interests) && Municipalities.SetEquals(other.Municipalities)
        && Months == other.Months && CustomersPerMonth == other.CustomersPerMonth && National == other.National;

    public override int GetHashCode() => HashCode.Combine(Ages, Interests.Count, Municipalities.Count, Months, CustomersPerMonth, National);
}
