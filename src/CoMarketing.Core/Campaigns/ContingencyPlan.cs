using CoMarketing.Core.Common;

namespace CoMarketing.Core.Campaigns;

/// <summary>
/// A campaign's short plan for surprises: who answers negative comments and within how many hours, who may pause the
/// campaign, and whom to call.
/// </summary>
/// <remarks>
/// <see cref="Responder"/> and <see cref="PausedBy"/> are participants' business ids; <c>null</c> means the
/// association's coordinator. <see cref="Campaign"/> checks that a named business takes part.
/// </remarks>
public sealed record ContingencyPlan
{
    /// <summary>The longest allowed answer time: one week.</summary>
    public const int MaxResponseHours = 168;

    /// <summary>The longest allowed contact text, in characters.</summary>
    public const int MaxContactLength = 200;

    public ContingencyPlan(long? responder, int responseHours, long? pausedBy, string contact)
    {
        if (responseHours is < 1 or > MaxResponseHours)
        {
            throw DomainException.Of("ContingencyResponseHours", MaxResponseHours, responseHours);
        }

        if (string.IsNullOrWhiteSpace(contact))
        {
            throw DomainException.Of("ContingencyNeedsContact");
        }

        if (contact.Trim().Length > MaxContactLength)
        {
            throw DomainException.Of("ContingencyContactTooLong", MaxContactLength, contact.Trim().Length);
        }

        Responder = responder;
        ResponseHours = responseHours;
        PausedBy = pausedBy;
        Contact = contact.Trim();
    }

    /// <summary>The participant who answers negative comments; <c>null</c> for the coordinator.</summary>
    public long? Responder { get; }

    /// <summary>Within how many hours a negative comment gets its answer, 1–168.</summary>
    public int ResponseHours { get; }

    /// <summary>The participant who may pause the campaign; <c>null</c> for the coordinator.</summary>
    public long? PausedBy { get; }

    /// <summary>Whom to reach when something goes wrong, e.g. <c>Aino Aalto, 040 123 4567</c>.</summary>
    public string Contact { get; }
}
