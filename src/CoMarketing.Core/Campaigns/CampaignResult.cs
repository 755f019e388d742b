using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Campaigns;

/// <summary>
/// Measured results of one participant in one period starting <see cref="PeriodStart"/>:
/// the funnel reached → interested → leads → new customers, and the revenue from them.
/// </summary>
public sealed record CampaignResult
{
    public CampaignResult(long participant, DateOnly periodStart, ResultPeriod period, long reached, long interested, long leads, long newCustomers, Money revenue)
    {
        if (reached < 0 || interested < 0 || leads < 0 || newCustomers < 0)
        {
            throw new DomainException("Results cannot be negative.");
        }

        Limits.Count(reached, "Reached");
        Limits.Count(interested, "Interested");
        Limits.Count(leads, "Leads");
        Limits.Count(newCustomers, "New customers");
        Limits.Amount(revenue, "Revenue");
        Limits.Date(periodStart, "A result period");
        if (interested > reached || leads > interested || newCustomers > leads)
        {
            throw new DomainException($"Results must narrow down the funnel: reached {reached} ≥ interested {interested} ≥ leads {leads} ≥ new customers {newCustomers}.");
        }

        if (revenue.IsNegative)
        {
            throw new DomainException($"Revenue cannot be negative, got {revenue}.");
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

    public long Participant { get; }

    public DateOnly PeriodStart { get; }

    public ResultPeriod Period { get; }

    public long Reached { get; }

    public long Interested { get; }

    public long Leads { get; }

    public long NewCustomers { get; }

    public Money Revenue { get; }
}
