using System.Globalization;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The plan for surprises as it is being typed: who answers negative comments and within how many hours (text), who
/// may pause the campaign (null is the coordinator) and a contact. Empty hours and contact mean "no plan".
/// </summary>
public sealed class ContingencyDraft
{
    public const string ResponderField = "Responder";
    public const string HoursField = "Hours";
    public const string PausedByField = "PausedBy";
    public const string ContactField = "Contact";

    public long? Responder { get; set; }

    public string Hours { get; set; } = string.Empty;

    public long? PausedBy { get; set; }

    public string Contact { get; set; } = string.Empty;

    /// <summary>True when neither hours nor a contact is given: the campaign has no plan for surprises.</summary>
    public bool IsBlank => Hours.Trim().Length == 0 && Contact.Trim().Length == 0;

    /// <summary>The draft of a campaign's plan for surprises (blank when it has none).</summary>
    public static ContingencyDraft From(ContingencyPlan? plan)
        => plan is null
            ? new ContingencyDraft()
            : new ContingencyDraft
            {
                Responder = plan.Responder,
                Hours = plan.ResponseHours.ToString(CultureInfo.InvariantCulture),
                PausedBy = plan.PausedBy,
                Contact = plan.Contact,
            };

    /// <summary>
    /// The plan, or null: with no errors when the draft <see cref="IsBlank"/>, otherwise with a message per field in
    /// <paramref name="errors"/>. Whether the people named take part is the campaign's check.
    /// </summary>
    public ContingencyPlan? Build(CampaignTexts texts, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(errors);
        if (IsBlank)
        {
            return null;
        }

        var hours = Hours.Trim();
        if (!int.TryParse(hours, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            errors[HoursField] = texts.Format("HoursInvalid", hours);
        }
        else if (value is < 1 or > ContingencyPlan.MaxResponseHours)
        {
            errors[HoursField] = texts.Format("HoursRange", ContingencyPlan.MaxResponseHours, hours);
        }

        var contact = Contact.Trim();
        if (contact.Length == 0)
        {
            errors[ContactField] = texts.Get("ContactEmpty");
        }
        else if (contact.Length > ContingencyPlan.MaxContactLength)
        {
            errors[ContactField] = texts.Format("ContactTooLong", ContingencyPlan.MaxContactLength, contact.Length);
        }

        if (errors.Count > 0)
        {
            return null;
        }

        try
        {
            return new ContingencyPlan(Responder, value, PausedBy, contact);
        }
        catch (DomainException error)
        {
            errors[ContactField] = texts.Message(error);
            return null;
        }
    }
}
