using System.Runtime.Intrinsics;

namespace CoMarketing.Core.Matching;

/// <summary>What the upper bound of a score needs of the business being matched, read once per ranking.</summary>
/// <param name="Index">The business's index position.</param>
/// <param name="AgeLow">Its first four age-band weights.</param>
/// <param name="AgeHigh">Its last three age-band weights and a zero.</param>
/// <param name="Months">Its active months as a bit mask.</param>
/// <param name="CustomerRow">Its customer type times three: the row of the customer-type points.</param>
/// <param name="InterestCount">How many interest tags it has.</param>
/// <param name="Reach">Its own reach r.</param>
/// <param name="Missed">The share of the area it does not reach, 1 − r / P.</param>
/// <param name="MonthCount">How many months it is active.</param>
/// <param name="MaxBoost">The largest outcome boost any of its partners can get.</param>
/// <param name="TopWeights">Entry k: the sum of its k heaviest interest tags' weights (k = 0 … its tag count).</param>
/// <param name="ComplementRow">Where its row of complementary-industry fractions starts (see <see cref="ComplementColumns"/>).</param>
internal readonly record struct BoundQuery(
    int Index,
    Vector256<double> AgeLow,
    Vector256<double> AgeHigh,
    int Months,
    int CustomerRow,
    int InterestCount,
    double Reach,
    double Missed,
    int MonthCount,
    double MaxBoost,
    long[] TopWeights,
    int ComplementRow);
