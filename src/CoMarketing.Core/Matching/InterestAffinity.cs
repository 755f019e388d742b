using CoMarketing.Core.Audiences;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Matching;

/// <summary>Two related interest tags and how much one counts for the other (a line of <c>data/interest-affinities.csv</c>).</summary>
/// <remarks>
/// <see cref="Percent"/> is how much the related tag counts compared with a shared tag: 75 nearly the same audience,
/// 50 clearly related, 25 loosely related. The pair is symmetric.
/// </remarks>
public sealed record InterestAffinity
{
    public InterestAffinity(InterestTag tag, InterestTag related, int percent, string? why = null)
    {
        if (tag.Value is null || related.Value is null)
        {
            throw new DomainException("A related-interest pair needs two tags.");
        }

        if (tag == related)
        {
            throw new DomainException($"Interest '{tag}' cannot be related to itself; a shared tag always counts fully.");
        }

        if (percent is < 1 or > 99)
        {
            throw new DomainException($"The percent of '{tag}' and '{related}' must be a whole number from 1 to 99, got {percent}.");
        }

        Tag = tag;
        Related = related;
        Percent = percent;
        Why = string.IsNullOrWhiteSpace(why) ? null : why.Trim();
    }

    public InterestTag Tag { get; }

    public InterestTag Related { get; }

    /// <summary>How much the related tag counts, in percent of a shared tag (1–99).</summary>
    public int Percent { get; }

    /// <summary>Why the tags are related, for the people who curate the table.</summary>
    public string? Why { get; }
}
