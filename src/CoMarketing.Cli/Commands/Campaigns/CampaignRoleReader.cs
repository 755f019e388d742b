using System.Text.Json;
using CoMarketing.Core.Campaigns;
using static CoMarketing.Cli.Commands.Json.JsonFields;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>
/// Reads who does what in a campaign document: a plan entry's <c>owner</c> and the <c>contingency</c> plan for surprises.
/// A role is <c>"coordinator"</c> (also when left out) or a participant by name or id.
/// </summary>
internal static class CampaignRoleReader
{
    public const string Coordinator = "coordinator";

    private static readonly string[] ContingencyFields = ["responder", "responseHours", "pausedBy", "contact"];

    /// <summary>The participant named in field <paramref name="name"/>, or null for the coordinator (the default).</summary>
    public static long? Party(JsonElement parent, string path, string name, CampaignParticipants participants)
    {
        if (Optional(parent, name) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String && string.Equals(value.GetString()!.Trim(), Coordinator, StringComparison.OrdinalIgnoreCase)
            ? null
            : participants.Reference(value, Join(path, name));
    }

    /// <summary>The optional <c>contingency</c> object: responder, responseHours (1–168), pausedBy, contact.</summary>
    public static ContingencyPlan? Contingency(JsonElement root, string path, CampaignParticipants participants)
    {
        if (Optional(root, "contingency") is not { } element)
        {
            return null;
        }

        var at = Join(path, "contingency");
        RequireObject(element, at, ContingencyFields);
        var hours = OptionalWhole(element, at, "responseHours", "hours")
            ?? throw Fail(Join(at, "responseHours"), "is required: within how many hours negative comments get an answer, e.g. 24");
        if (hours is < 1 or > ContingencyPlan.MaxResponseHours)
        {
            throw Fail(Join(at, "responseHours"), $"must be 1 to {ContingencyPlan.MaxResponseHours} hours, got {hours}");
        }

        var contact = OptionalString(element, at, "contact");
        if (string.IsNullOrWhiteSpace(contact))
        {
            throw Fail(Join(at, "contact"), "is required: whom to call, a name with a phone number or e-mail");
        }

        var responder = Party(element, at, "responder", participants);
        var pausedBy = Party(element, at, "pausedBy", participants);
        return CampaignDocumentReader.At(at, () => new ContingencyPlan(responder, (int)hours, pausedBy, contact));
    }
}
