namespace CoMarketing.Core.Matching;

/// <summary>Whose earlier results an outcome boost rests on.</summary>
public enum OutcomeScope
{
    /// <summary>The two businesses took part in the same finished campaign.</summary>
    BusinessPair,

    /// <summary>Businesses of the two industries (TOL codes) took part in the same finished campaign.</summary>
    IndustryPair,
}
