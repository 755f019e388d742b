using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Campaigns;

/// <summary>A publication-plan entry: what goes out on which day, through which channel.</summary>
public sealed record PlanEntry
{
    public PlanEntry(DateOnly date, ChannelKind channel, string description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new DomainException($"The publication on {date:yyyy-MM-dd} needs a description.");
        }

        Limits.Text(description.Trim(), Limits.DescriptionLength, $"The description of the publication on {date:yyyy-MM-dd}");
        Date = Limits.Date(date, "A publication date");
        Channel = channel;
        Description = description.Trim();
    }

    public DateOnly Date { get; }

    public ChannelKind Channel { get; }

    public string Description { get; }
}
