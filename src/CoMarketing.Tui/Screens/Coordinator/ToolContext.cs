using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>What a tool's view is made from: the signed-in session's service, the clock, and what to do on a new session.</summary>
/// <param name="Service">The planner service of the signed-in session (its language is the tool's language).</param>
/// <param name="Clock">Local dates and times in the tools (locks, the audit log).</param>
/// <param name="SessionChanged">Called with the coordinator's service when "Become the coordinator" succeeds.</param>
public sealed record ToolContext(PlannerService Service, TimeProvider Clock, Action<PlannerService>? SessionChanged = null);
