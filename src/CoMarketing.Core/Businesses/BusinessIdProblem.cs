namespace CoMarketing.Core.Businesses;

/// <summary>What is wrong with a typed business ID (Y-tunnus), so that each user interface can say it in its language.</summary>
public enum BusinessIdProblem
{
    None = 0,

    /// <summary>Not seven (or six) digits, a hyphen and a check digit.</summary>
    Format = 1,

    /// <summary>All zeros, which is never issued.</summary>
    AllZeros = 2,

    /// <summary>Well formed, but the check digit does not match.</summary>
    CheckDigit = 3,
}
