namespace CoMarketing.Core.Reports;

/// <summary>One publication-plan entry as a summary carries it: when, where, what, and who posts it.</summary>
/// <param name="Date">The day it goes out.</param>
/// <param name="Channel">The channel kind's short name (<c>instagram</c>, <c>newspaper</c>).</param>
/// <param name="Description">What goes out.</param>
/// <param name="Owner">The participant id that posts it, or <c>null</c> for the association's coordinator.</param>
public sealed record SummaryPlanEntry(DateOnly Date, string Channel, string Description, string? Owner);
