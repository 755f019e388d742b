using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// A publication as it is being typed: the date as text (<c>1.3.2027</c> or ISO), the channel kind, the description
/// and who posts it (a participant, or null for the coordinator). Checked only when built.
/// </summary>
public sealed class PlanEntryDraft
{
    public const string DateField = "Date";
    public const string DescriptionField = "Description";
    public const string OwnerField = "Owner";

    public string Date { get; set; } = string.Empty;

    public ChannelKind Channel { get; set; } = ChannelKind.Facebook;

    public string Description { get; set; } = string.Empty;

    /// <summary>The participant who posts it, or null for the coordinator.</summary>
    public long? Owner { get; set; }

    /// <summary>A blank publication on <paramref name="day"/>, posted by the coordinator.</summary>
    public static PlanEntryDraft On(DateOnly day, CampaignFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return new PlanEntryDraft { Date = format.Date(day) };
    }

    /// <summary>The draft of a saved publication, its date written as people here write it.</summary>
    public static PlanEntryDraft From(PlanEntry entry, CampaignFormat format)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(format);
        return new PlanEntryDraft { Date = format.Date(entry.Date), Channel = entry.Channel, Description = entry.Description, Owner = entry.Owner };
    }

    /// <summary>The publication, or null with a message per field in <paramref name="errors"/>. Whether the owner takes part is the campaign's check.</summary>
    public PlanEntry? Build(CampaignTexts texts, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(errors);
        if (!DateText.TryParse(Date, out var date) || date < Limits.FirstDate || date > Limits.LastDate)
        {
            errors[DateField] = texts.Format("DateInvalid", Date.Trim());
        }

        if (string.IsNullOrWhiteSpace(Description))
        {
            errors[DescriptionField] = texts.Get("PlanDescriptionEmpty");
        }

        if (errors.Count > 0)
        {
            return null;
        }

        try
        {
            return new PlanEntry(date, Channel, Description) { Owner = Owner };
        }
        catch (DomainException error)
        {
            // The date and the blank description are checked above: what is left is the description's length.
            errors[DescriptionField] = texts.Message(error);
            return null;
        }
    }
}
