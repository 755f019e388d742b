namespace CoMarketing.Core.Reference;

/// <summary>Why typed text names no municipality, so that each user interface can say it in its language.</summary>
public enum MunicipalityProblem
{
    None = 0,

    /// <summary>Nothing was typed.</summary>
    Empty = 1,

    /// <summary>Digits, but not a one- to three-digit code.</summary>
    BadCode = 2,

    /// <summary>A name that is not in the reference list.</summary>
    Unknown = 3,
}
