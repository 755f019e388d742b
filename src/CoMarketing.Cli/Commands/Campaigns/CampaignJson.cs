using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Reports.Exports;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>
/// The JSON of <c>campaign list</c>, <c>campaign show</c> and <c>campaign budget</c>: camelCase, amounts as strings
/// with two decimals, dates <c>yyyy-MM-dd</c>, rates as fractions (0.25 = 25 %), unknown values <c>null</c>.
/// </summary>
public static class CampaignJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string List(IEnumerable<Campaign> campaigns)
        => JsonSerializer.Serialize(campaigns.Select(c =>
        {
            var (net, vat, gross) = CampaignFigures.Totals(c);
            return new
            {
                id = c.Id,
                name = c.Name,
                status = CampaignFigures.Name(c.Status),
                start = Date(c.Start),
                end = Date(c.End),
                goal = new { kind = CampaignFigures.Name(c.Goal.Kind), target = c.Goal.Target },
                participants = c.Participants.Length,
                costItems = c.CostItems.Length,
                net = A(net),
                vat = A(vat),
                gross = A(gross),
            };
        }), Options);

    /// <summary>
    /// The whole campaign; with <paramref name="terms"/> (what an export made now would print) the association's
    /// <c>paymentTerms</c> and each invoice line's <c>dueDate</c>, so the exports can be checked against it.
    /// </summary>
    public static string Show(CampaignView view, PaymentTerms? terms = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Campaign;
        var s = view.Summary;
        var document = new
        {
            id = c.Id,
            name = c.Name,
            status = CampaignFigures.Name(c.Status),
            start = Date(c.Start),
            end = Date(c.End),
            goal = new { kind = CampaignFigures.Name(c.Goal.Kind), target = c.Goal.Target },
            currency = s.Currency,
            settlement = CampaignFigures.Name(s.Settlement),
            participants = s.Participants.Select((p, i) => new
            {
                id = c.Participants[i],
                name = p.Name,
                net = A(p.Owed.Net),
                vat = A(p.Owed.Vat),
                gross = A(p.Owed.Gross),
                paid = A(p.Paid),
                balance = A(p.Balance),
                ownReach = p.OwnReach,
                newReach = p.NewReach,
                invoiced = A(p.Invoiced),
                reference = p.Reference,
                rfReference = p.RfReference,
                metrics = Metrics(view.Economics.Participants[i].Metrics),
            }),
            items = s.Items.Select((item, k) => new
            {
                description = item.Description,
                channel = c.CostItems[k].Channel is { } kind ? ChannelKinds.ShortName(kind) : null,
                rule = item.Rule,
                paidBy = item.PaidBy == Core.Splitting.CostItem.Association ? "association" : item.PaidBy,
                vatRate = item.VatPercent,
                net = A(item.Amounts.Net),
                vat = A(item.Amounts.Vat),
                gross = A(item.Amounts.Gross),
                parts = item.Parts.Select((part, i) => new { participant = c.Participants[i], net = A(part.Net), vat = A(part.Vat), gross = A(part.Gross) }),
            }),
            totals = new { net = A(s.Totals.Net), vat = A(s.Totals.Vat), gross = A(s.Totals.Gross) },
            reach = new { population = s.Population, combined = s.CombinedReach },
            transfers = s.Transfers.Select(t => new { from = t.From, fromName = t.FromName, to = t.To, toName = t.ToName, amount = A(t.Amount) }),
            invoiceLines = s.InvoiceLines.Select(p => new { participant = p.Id, name = p.Name, amount = A(p.Invoiced), reference = p.Reference, rfReference = p.RfReference, dueDate = terms is null ? null : PaymentTermsJson.Date(terms.Due) }),
            paymentTerms = terms is null ? null : PaymentTermsJson.Of(terms),
            metrics = Metrics(view.Economics.Total),
            results = new
            {
                week = Periods(c, ResultPeriod.Week),
                month = Periods(c, ResultPeriod.Month),
                quarter = Periods(c, ResultPeriod.Quarter),
            },
            plan = c.Plan.Select(p => new { date = Date(p.Date), channel = ChannelKinds.ShortName(p.Channel), description = p.Description, owner = CampaignRoles.Name(view, p.Owner), ownerId = p.Owner }),
            contingency = Contingency(view),
        };
        return JsonSerializer.Serialize(document, Options);
    }

    /// <summary>One participant's tasks: its plan entries and its roles in the plan for surprises.</summary>
    public static string Member(CampaignView view, long member)
    {
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Campaign;
        return JsonSerializer.Serialize(
            new
            {
                campaign = new { id = c.Id, name = c.Name, start = Date(c.Start), end = Date(c.End) },
                member = new { id = member, name = CampaignRoles.Name(view, member) },
                tasks = CampaignRoles.TasksOf(c, member).Select(p => new { date = Date(p.Date), channel = ChannelKinds.ShortName(p.Channel), description = p.Description }),
                answersNegativeComments = c.Contingency?.Responder == member,
                mayPause = c.Contingency?.PausedBy == member,
                contingency = Contingency(view),
            },
            Options);
    }

    private static object? Contingency(CampaignView view)
        => view.Campaign.Contingency is not { } p ? null : new
        {
            responder = CampaignRoles.Name(view, p.Responder),
            responderId = p.Responder,
            responseHours = p.ResponseHours,
            pausedBy = CampaignRoles.Name(view, p.PausedBy),
            pausedById = p.PausedBy,
            contact = p.Contact,
        };

    public static string Budget(BudgetReport? report)
    {
        var document = report is null
            ? new { months = Array.Empty<object>(), planned = A(Money.Zero), spent = A(Money.Zero), firstQuarterMonths = 0, plannedInFirstQuarter = A(Money.Zero), frontLoaded = false, warnings = (IReadOnlyList<string>)["No budget plan has been made yet."] }
            : new
            {
                months = report.Months.Select(m => (object)new { month = m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), planned = A(m.Planned), spent = A(m.Spent), left = A(m.Left) }).ToArray(),
                planned = A(report.Planned),
                spent = A(report.Spent),
                firstQuarterMonths = report.FirstQuarterMonths,
                plannedInFirstQuarter = A(report.PlannedInFirstQuarter),
                frontLoaded = report.FrontLoaded,
                warnings = report.Warnings,
            };
        return JsonSerializer.Serialize(document, Options);
    }

    private static object Metrics(CampaignMetrics m) => new
    {
        cost = A(m.Cost),
        reached = m.Funnel.Reached,
        interested = m.Funnel.Interested,
        leads = m.Funnel.Leads,
        newCustomers = m.Funnel.NewCustomers,
        revenue = A(m.Funnel.Revenue),
        acquisitionCost = m.AcquisitionCost?.ToInvariantString(),
        customerValue = m.CustomerValue?.ToInvariantString(),
        roi = m.Roi,
        rates = new { interest = m.Rates.Interest, lead = m.Rates.Lead, conversion = m.Rates.Conversion, overall = m.Rates.Overall },
    };

    private static IEnumerable<object> Periods(Campaign campaign, ResultPeriod period)
        => PeriodTotals.Of(campaign.Results, period).Select(p => new
        {
            start = Date(p.Start),
            reached = p.Totals.Reached,
            interested = p.Totals.Interested,
            leads = p.Totals.Leads,
            newCustomers = p.Totals.NewCustomers,
            revenue = A(p.Totals.Revenue),
        });

    private static string A(Money money) => money.ToInvariantString();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
