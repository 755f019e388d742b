namespace CoMarketing.Core.Matching;

/// <summary>
/// The points each score component is worth: the ONE place the match score's weights live.
/// </summary>
/// <remarks>
/// Each component is a fraction 0–1 (see <see cref="MatchComponents"/>); the score is
/// <c>Age·a + Interests·i + Area·g + Season·s + CustomerType·c + NewReach·n</c>, added in that order, so with the
/// default weights (30 + 25 + 15 + 10 + 10 + 10 = 100) it lies between 0 and 100. Audience fit (age, interests)
/// weighs most because a partner with another audience gains nothing; the new reach the candidate brings is a
/// secondary term, as DESIGN.md asks, so a big account cannot buy its way past a poor audience fit.
/// </remarks>
public sealed record MatchWeights
{
    public MatchWeights(double age, double interests, double area, double season, double customerType, double newReach)
    {
        double[] all = [age, interests, area, season, customerType, newReach];
        if (all.Any(w => double.IsNaN(w) || w < 0))
        {
            throw new Common.DomainException("Match weights must be zero or more.");
        }

        if (Math.Abs(all.Sum() - 100) > 1e-9)
        {
            throw new Common.DomainException($"Match weights must add up to 100 points, got {all.Sum()}.");
        }

        Age = age;
        Interests = interests;
        Area = area;
        Season = season;
        CustomerType = customerType;
        NewReach = newReach;
    }

    /// <summary>Age 30, interests 25, area 15, season 10, customer type 10, new reach 10.</summary>
    public static MatchWeights Default { get; } = new(30, 25, 15, 10, 10, 10);

    public double Age { get; }

    public double Interests { get; }

    public double Area { get; }

    public double Season { get; }

    public double CustomerType { get; }

    public double NewReach { get; }

    /// <summary>The score 0–100 of the given components, added in the documented order.</summary>
    public double Score(in MatchComponents c)
        => (Age * c.Age) + (Interests * c.Interests) + (Area * c.Area) + (Season * c.Season)
            + (CustomerType * c.CustomerType) + (NewReach * c.NewReach);
}
