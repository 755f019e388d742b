using CoMarketing.Core.Reports;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// What one member does in a campaign (issue 14, "who posts"): the publication-plan entries it posts, by date, then
/// its duties in the plan for surprises and whom to call. Shared by every statement writer so they agree.
/// </summary>
/// <param name="Date">The day (null for a duty that lasts the whole campaign).</param>
/// <param name="Channel">The channel kind's short name, or null for a duty.</param>
/// <param name="What">What goes out, or the duty in words.</param>
public sealed record MemberTask(DateOnly? Date, string? Channel, string What)
{
    /// <summary>The member's tasks in <paramref name="l"/>'s language; empty when it has none.</summary>
    public static IReadOnlyList<MemberTask> Of(CampaignSummary summary, SummaryParticipant member, SummaryLabels l)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(l);
        var tasks = summary.Plan.Where(p => p.Owner == member.Id).Select(p => new MemberTask(p.Date, p.Channel, p.Description)).ToList();
        if (summary.Contingency is { } plan)
        {
            if (plan.Responder == member.Id)
            {
                tasks.Add(new MemberTask(null, null, l.RespondDuty(plan.ResponseHours)));
            }

            if (plan.PausedBy == member.Id)
            {
                tasks.Add(new MemberTask(null, null, l.PauseDuty));
            }

            tasks.Add(new MemberTask(null, null, $"{l.ContactDuty}: {plan.Contact}"));
        }

        return tasks;
    }
}
