using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
        => JsonNodes.Array(campaigns, c =>
        {
            var (net, vat, gross) = CampaignFigures.Totals(c);
            return new JsonObject
            {
                ["id"] = c.Id,
                ["name"] = c.Name,
                ["status"] = CampaignFigures.Name(c.Status),
                ["start"] = Date(c.Start),
                ["end"] = Date(c.End),
                ["goal"] = Goal(c),
                ["participants"] = c.Participants.Length,
                ["costItems"] = c.CostItems.Length,
                ["net"] = A(net),
                ["vat"] = A(vat),
                ["gross"] = A(gross),
            };
        }).ToJsonString(Options);

    /// <summary>
    /// The whole campaign; with <paramref name="terms"/> (what an export made now would print) the association's
    /// <c>paymentTerms</c> and each invoice line's <c>dueDate</c>, so the exports can be checked against it.
    /// </summary>
    public static string Show(CampaignView view, PaymentTerms? terms = null)
    {
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Campaign;
        var s = view.Summary;
        var document = new JsonObject
        {
            ["id"] = c.Id,
            ["name"] = c.Name,
            ["status"] = CampaignFigures.Name(c.Status),
            ["start"] = Date(c.Start),
            ["end"] = Date(c.End),
            ["goal"] = Goal(c),
            ["currency"] = s.Currency,
            ["settlement"] = CampaignFigures.Name(s.Settlement),
            ["participants"] = JsonNodes.Array(s.Participants.Select((p, i) => new JsonObject
            {
                ["id"] = c.Participants[i],
                ["name"] = p.Name,
                ["net"] = A(p.Owed.Net),
                ["vat"] = A(p.Owed.Vat),
                ["gross"] = A(p.Owed.Gross),
                ["paid"] = A(p.Paid),
                ["balance"] = A(p.Balance),
                ["ownReach"] = p.OwnReach,
                ["newReach"] = p.NewReach,
                ["invoiced"] = A(p.Invoiced),
                ["reference"] = p.Reference,
                ["rfReference"] = p.RfReference,
                ["metrics"] = Metrics(view.Economics.Participants[i].Metrics),
            }), p => p),
            ["items"] = JsonNodes.Array(s.Items.Select((item, k) => new JsonObject
            {
                ["description"] = item.Description,
                ["channel"] = c.CostItems[k].Channel is { } kind ? ChannelKinds.ShortName(kind) : null,
                ["rule"] = item.Rule,
                ["paidBy"] = item.PaidBy == Core.Splitting.CostItem.Association ? "association" : item.PaidBy,
                ["vatRate"] = item.VatPercent,
                ["net"] = A(item.Amounts.Net),
                ["vat"] = A(item.Amounts.Vat),
                ["gross"] = A(item.Amounts.Gross),
                ["parts"] = JsonNodes.Array(item.Parts.Select((part, i) => new JsonObject { ["participant"] = c.Participants[i], ["net"] = A(part.Net), ["vat"] = A(part.Vat), ["gross"] = A(part.Gross) }), p => p),
            }), i => i),
            ["totals"] = new JsonObject { ["net"] = A(s.Totals.Net), ["vat"] = A(s.Totals.Vat), ["gross"] = A(s.Totals.Gross) },
            ["reach"] = new JsonObject { ["population"] = s.Population, ["combined"] = s.CombinedReach },
            ["transfers"] = JsonNodes.Array(s.Transfers, t => new JsonObject { ["from"] = t.From, ["fromName"] = t.FromName, ["to"] = t.To, ["toName"] = t.ToName, ["amount"] = A(t.Amount) }),
            ["invoiceLines"] = JsonNodes.Array(s.InvoiceLines, p => new JsonObject { ["participant"] = p.Id, ["name"] = p.Name, ["amount"] = A(p.Invoiced), ["reference"] = p.Reference, ["rfReference"] = p.RfReference, ["dueDate"] = terms is null ? null : PaymentTermsJson.Date(terms.Due) }),
            ["paymentTerms"] = terms is null ? null : PaymentTermsJson.Of(terms),
            ["metrics"] = Metrics(view.Economics.Total),
            ["results"] = new JsonObject
            {
                ["week"] = Periods(c, ResultPeriod.Week),
                ["month"] = Periods(c, ResultPeriod.Month),
                ["quarter"] = Periods(c, ResultPeriod.Quarter),
            },
            ["plan"] = JsonNodes.Array(c.Plan, p => new JsonObject { ["date"] = Date(p.Date), ["channel"] = ChannelKinds.ShortName(p.Channel), ["description"] = p.Description, ["owner"] = CampaignRoles.Name(view, p.Owner), ["ownerId"] = p.Owner }),
            ["contingency"] = Contingency(view),
        };
        return document.ToJsonString(Options);
    }

    /// <summary>One participant's tasks: its plan entries and its roles in the plan for surprises.</summary>
    public static string Member(CampaignView view, long member)
    {
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Campaign;
        return new JsonObject
        {
            ["campaign"] = new JsonObject { ["id"] = c.Id, ["name"] = c.Name, ["start"] = Date(c.Start), ["end"] = Date(c.End) },
            ["member"] = new JsonObject { ["id"] = member, ["name"] = CampaignRoles.Name(view, member) },
            ["tasks"] = JsonNodes.Array(CampaignRoles.TasksOf(c, member), p => new JsonObject { ["date"] = Date(p.Date), ["channel"] = ChannelKinds.ShortName(p.Channel), ["description"] = p.Description }),
            ["answersNegativeComments"] = c.Contingency?.Responder == member,
            ["mayPause"] = c.Contingency?.PausedBy == member,
            ["contingency"] = Contingency(view),
        }.ToJsonString(Options);
    }

    private static JsonObject Goal(Campaign c) => new() { ["kind"] = CampaignFigures.Name(c.Goal.Kind), ["target"] = c.Goal.Target };

    private static JsonObject? Contingency(CampaignView view)
        => view.Campaign.Contingency is not { } p ? null : new JsonObject
        {
            ["responder"] = CampaignRoles.Name(view, p.Responder),
            ["responderId"] = p.Responder,
            ["responseHours"] = p.ResponseHours,
            ["pausedBy"] = CampaignRoles.Name(view, p.PausedBy),
            ["pausedById"] = p.PausedBy,
            ["contact"] = p.Contact,
        };

    public static string Budget(BudgetReport? report)
    {
        var document = report is null
            ? new JsonObject { ["months"] = new JsonArray(), ["planned"] = A(Money.Zero), ["spent"] = A(Money.Zero), ["firstQuarterMonths"] = 0, ["plannedInFirstQuarter"] = A(Money.Zero), ["frontLoaded"] = false, ["warnings"] = new JsonArray("No budget plan has been made yet.") }
            : new JsonObject
            {
                ["months"] = JsonNodes.Array(report.Months, m => new JsonObject { ["month"] = m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), ["planned"] = A(m.Planned), ["spent"] = A(m.Spent), ["left"] = A(m.Left) }),
                ["planned"] = A(report.Planned),
                ["spent"] = A(report.Spent),
                ["firstQuarterMonths"] = report.FirstQuarterMonths,
                ["plannedInFirstQuarter"] = A(report.PlannedInFirstQuarter),
                ["frontLoaded"] = report.FrontLoaded,
                ["warnings"] = JsonNodes.Strings(report.Warnings),
            };
        return document.ToJsonString(Options);
    }

    private static JsonObject Metrics(CampaignMetrics m) => new()
    {
        ["cost"] = A(m.Cost),
        ["reached"] = m.Funnel.Reached,
        ["interested"] = m.Funnel.Interested,
        ["leads"] = m.Funnel.Leads,
        ["newCustomers"] = m.Funnel.NewCustomers,
        ["revenue"] = A(m.Funnel.Revenue),
        ["acquisitionCost"] = m.AcquisitionCost?.ToInvariantString(),
        ["customerValue"] = m.CustomerValue?.ToInvariantString(),
        ["roi"] = m.Roi,
        ["rates"] = new JsonObject { ["interest"] = m.Rates.Interest, ["lead"] = m.Rates.Lead, ["conversion"] = m.Rates.Conversion, ["overall"] = m.Rates.Overall },
    };

    private static JsonArray Periods(Campaign campaign, ResultPeriod period)
        => JsonNodes.Array(PeriodTotals.Of(campaign.Results, period), p => new JsonObject
        {
            ["start"] = Date(p.Start),
            ["reached"] = p.Totals.Reached,
            ["interested"] = p.Totals.Interested,
            ["leads"] = p.Totals.Leads,
            ["newCustomers"] = p.Totals.NewCustomers,
            ["revenue"] = A(p.Totals.Revenue),
        });

    private static string A(Money money) => money.ToInvariantString();

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
