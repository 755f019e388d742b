using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Matching;

/// <summary>The independence (Sainsbury) reach model of DESIGN.md, for matching.</summary>
/// <remarks>
/// A business's own reach r is the Sainsbury combination of its channels' audience sizes, each capped at the area
/// population P: <c>r = P · (1 − Π (1 − min(size, P) / P))</c>, multiplied in channel order. A business without
/// channels reaches nobody (r = 0). The new reach a partner brings is <c>R({a, b}) − r_a</c>.
/// </remarks>
public static class ReachModel
{
    /// <summary>The people a business reaches through its channels, 0 ≤ r ≤ P.</summary>
    public static double OwnReach(Business business, int population)
    {
        ArgumentNullException.ThrowIfNull(business);
        var missed = 1.0;
        foreach (var channel in business.Channels)
        {
            missed *= 1 - (Math.Min((double)channel.AudienceSize, population) / population);
        }

        return population * (1 - missed);
    }

    /// <summary>Combined unique reach <c>R(S) = P · (1 − Π (1 − r_i / P))</c> of the given reaches.</summary>
    public static double Combined(IEnumerable<double> reaches, int population)
    {
        ArgumentNullException.ThrowIfNull(reaches);
        var missed = 1.0;
        foreach (var r in reaches)
        {
            missed *= 1 - (Math.Min(r, population) / population);
        }

        return population * (1 - missed);
    }

    /// <summary>The people b reaches that a does not: <c>R({a, b}) − r_a</c>, never below zero.</summary>
    public static double NewReach(double ownReach, double partnerReach, int population)
    {
        var combined = population * (1 - ((1 - (ownReach / population)) * (1 - (partnerReach / population))));
        return Math.Max(0, combined - ownReach);
    }

    /// <summary>The <see cref="MatchComponents.NewReach"/> fraction: new reach over the pair's combined reach.</summary>
    public static double NewReachShare(double ownReach, double newReach)
    {
        var combined = ownReach + newReach;
        return combined <= 0 ? 0 : newReach / combined;
    }
}
