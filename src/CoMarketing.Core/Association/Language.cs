namespace CoMarketing.Core.Association;

/// <summary>The planner's language.</summary>
public enum Language
{
    Finnish = 0,
    English = 1,
}
