namespace CoMarketing.Core.Reports;

/// <summary>A campaign's plan for surprises as a summary carries it.</summary>
/// <param name="Responder">The participant id that answers negative comments, or <c>null</c> for the coordinator.</param>
/// <param name="ResponseHours">Within how many hours, 1–168.</param>
/// <param name="PausedBy">The participant id that may pause the campaign, or <c>null</c> for the coordinator.</param>
/// <param name="Contact">Whom to reach when something goes wrong.</param>
public sealed record SummaryContingency(string? Responder, int ResponseHours, string? PausedBy, string Contact);
