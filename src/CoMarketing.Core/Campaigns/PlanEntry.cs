using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Campaigns;

/// <summary>A publication-plan entry: what goes out on which day, through which channel, and who posts it.</summary>
public sealed record PlanEntry
{
    public PlanEntry(DateOnly date, ChannelKind channel, string description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw DomainException.Of("PublicationNeedsDescription", date);
        }

        Limits.Text(description.Trim(), Limits.DescriptionLength, DomainProblem.Of("WhatPublicationDescription", date));
        Date = Limits.Date(date, DomainProblem.Of("WhatPublicationDate"));
        Channel = channel;
        Description = description.Trim();
    }

    public DateOnly Date { get; }

    public ChannelKind Channel { get; }

    public string Description { get; }

    /// <summary>
    /// Who posts it: a participant's business id, or <c>null</c> for the association's coordinator (the default).
    /// <see cref="Campaign"/> checks that a named business takes part.
    /// </summary>
    public long? Owner { get; init; }
}
