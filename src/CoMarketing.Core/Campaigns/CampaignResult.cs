using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Campaigns;

/// <summary>
/// Measured results of one participant in one period starting <see cref="PeriodStart"/>:
/// the funnel reached → interested → leads → new customers, and the revenue from them.
/// </summary>
public sealed record CampaignResult
{
    private const string RevenueKey = "WhatRevenue";

    private const string RevenueNegativeKey = "RevenueNegative";

    public CampaignResult(long participant, DateOnly periodStart, ResultPeriod period, long reached, long interested, long leads, long newCustomers, Money revenue)
    {
        if (reached < 0 || interested < 0 || leads < 0 || newCustomers < 0)
        {
            throw DomainException.Of("ResultsNegative");
        }

        Limits.Count(reached, DomainProblem.Of("WhatReached"));
        Limits.Count(interested, DomainProblem.Of("WhatInterested"));
        Limits.Count(leads, DomainProblem.Of("WhatLeads"));
        Limits.Count(newCustomers, DomainProblem.Of("WhatNewCustomers"));
        Limits.Amount(revenue, DomainProblem.Of(RevenueKey));
        Limits.Date(periodStart, DomainProblem.Of("WhatResultPeriod"));
        if (interested > reached || leads > interested || newCustomers > leads)
        {
            throw DomainException.Of("ResultsFunnel", reached, interested, leads, newCustomers);
        }

        if (revenue.IsNegative)
        {
            throw DomainException.Of(RevenueNegativeKey, revenue);
        }

        Participant = participant;
        PeriodStart = periodStart;
        Period = period;
        Reached = reached;
        Interested = interested;
        Leads = leads;
        NewCustomers = newCustomers;
        Revenue = revenue;
    }

    /// <summary>Whether <paramref name="error"/> refused a result for its revenue (negative or too large) rather than its counts.</summary>
    public static bool IsAboutRevenue(DomainException error)
        => error?.IsAbout(RevenueKey, RevenueNegativeKey) is true;

    public long Participant { get; }

    public DateOnly PeriodStart { get; }

    public ResultPeriod Period { get; }

    public long Reached { get; }

    public long Interested { get; }

    public long Leads { get; }

    public long NewCustomers { get; }

    public Money Revenue { get; }
}
