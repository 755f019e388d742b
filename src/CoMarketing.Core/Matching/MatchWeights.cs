namespace CoMarketing.Core.Matching;

/// <summary>
/// The points each score component is worth: the ONE place the match score's weights live.
/// </summary>
/// <remarks>
/// Each component is a fraction 0–1 (see <see cref="MatchComponents"/>); the score is
/// <c>Age·a + Interests·i·a + Area·g + Season·s + CustomerType·c + NewReach·n·i·a</c>, added in that order, so with
/// the default weights (20 + 50 + 10 + 10 + 5 + 5 = 100) it lies between 0 and 100. Audience fit weighs most, because
/// a partner with another audience gains nothing: shared interests count as far as the ages meet (<c>i·a</c>, a
/// business for twenty-year-olds gains little from one courting pensioners even when both like sports). The new
/// reach is secondary, as DESIGN.md asks: it counts only in proportion to that shared audience (<c>n·i·a</c>), so a
/// candidate sharing no interest gets nothing for its reach and a big general business cannot buy its way past a
/// specialist. A pair sharing no interest (and not of complementary industries, which count as shared audience in
/// <see cref="MatchComponents.Interests"/>) scores at most <c>Age + Area + Season + CustomerType</c> = 45.
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

    /// <summary>Age 20, interests 50, area 10, season 10, customer type 5, new reach 5.</summary>
    public static MatchWeights Default { get; } = new(20, 50, 10, 10, 5, 5);

    public double Age { get; }

    public double Interests { get; }

    public double Area { get; }

    public double Season { get; }

    public double CustomerType { get; }

    public double NewReach { get; }

    /// <summary>The score 0–100 of the given components (before any outcome boost), added in the documented order.</summary>
    public double Score(in MatchComponents c)
        => (Age * c.Age) + (Interests * c.Interests * c.Age) + (Area * c.Area) + (Season * c.Season)
            + (CustomerType * c.CustomerType) + (NewReach * c.NewReach * c.Interests * c.Age);

    /// <summary>The score with an outcome boost (<see cref="MatchOutcomes"/>) added, at most 100.</summary>
    public static double WithBoost(double score, double boost) => boost > 0 ? Math.Min(100, score + boost) : score;
}
