using System.Globalization;
using CoMarketing.Cli.Commands.Split;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Reports.Exports;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>Campaigns for people: plain aligned tables, amounts, counts and rates in the given culture.</summary>
public static class CampaignTextWriter
{
    public static void List(TextWriter writer, IReadOnlyList<Campaign> campaigns, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(campaigns);
        if (campaigns.Count == 0)
        {
            writer.WriteLine("No campaigns yet.");
            return;
        }

        var table = new PlainTable("Id>", "Name", "Status", "Start", "End", "Goal", "Participants>", "Gross>");
        foreach (var c in campaigns)
        {
            table.Add(c.Id.ToString(CultureInfo.InvariantCulture), c.Name, CampaignFigures.Name(c.Status), Date(c.Start), Date(c.End),
                $"{CampaignFigures.Name(c.Goal.Kind)} {c.Goal.Target.ToString("0.##", culture)}", c.Participants.Length.ToString(culture), CampaignFigures.Totals(c).Gross.Format(culture));
        }

        table.WriteTo(writer);
    }

    /// <summary>
    /// Everything about a campaign in <paramref name="labels"/>' language: the same tables as the exports (businesses
    /// by name, one payment instruction per member), then metrics, results per month and the publication plan.
    /// </summary>
    public static void Show(TextWriter writer, CampaignView view, SummaryLabels labels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(labels);
        var (c, l, culture) = (view.Campaign, labels, labels.Culture);
        writer.WriteLine($"{c.Name} ({c.Id}), {l.Word(view.Summary.Campaign.Status)}, {l.Date(c.Start)} – {l.Date(c.End)}");
        writer.WriteLine($"{view.Summary.Association} · {view.Summary.Currency}");
        writer.WriteLine($"{l.Settlement}: {l.Word(SummarySections.SettlementWord(view.Summary))}");
        foreach (var section in SummarySections.Build(view.Summary, l).Skip(1))
        {
            writer.WriteLine();
            writer.WriteLine(section.Title);
            if (section.Rows.Count == 0)
            {
                writer.WriteLine(l.None);
                continue;
            }

            var table = new PlainTable([.. section.Headers.Select((h, i) => section.Numeric[i] ? h + ">" : h)]);
            foreach (var row in section.Rows)
            {
                table.Add([.. row]);
            }

            table.WriteTo(writer);
        }

        writer.WriteLine();
        writer.WriteLine($"{l.Goal}: {l.Word(view.Summary.Campaign.Goal)}, {l.Target} {c.Goal.Target.ToString("0.##", culture)}");
        writer.WriteLine(l.Metrics);
        var metrics = new PlainTable(l.Participant, l.Cost + ">", l.NewCustomers + ">", l.AcquisitionCost + ">", l.CustomerValue + ">", l.Roi + ">", l.Funnel);
        for (var i = 0; i < c.Participants.Length; i++)
        {
            AddMetrics(metrics, view.Summary.Participants[i].Name, view.Economics.Participants[i].Metrics, culture);
        }

        AddMetrics(metrics, l.Total, view.Economics.Total, culture);
        metrics.WriteTo(writer);
        writer.WriteLine();
        writer.WriteLine(l.ResultsPerMonth);
        var periods = PeriodTotals.Of(c.Results, ResultPeriod.Month);
        if (periods.Count == 0)
        {
            writer.WriteLine(l.NoResults);
        }
        else
        {
            var table = new PlainTable(l.Month, l.Reached + ">", l.Interested + ">", l.Leads + ">", l.NewCustomers + ">", l.Revenue + ">");
            foreach (var p in periods)
            {
                table.Add(p.Start.ToString(l.Language == Core.Association.Language.Finnish ? "M/yyyy" : "MMM yyyy", CultureInfo.InvariantCulture), N(p.Totals.Reached, culture), N(p.Totals.Interested, culture), N(p.Totals.Leads, culture), N(p.Totals.NewCustomers, culture), l.Euros(p.Totals.Revenue));
            }

            table.WriteTo(writer);
        }

        writer.WriteLine();
        writer.WriteLine(l.PublicationPlan);
        var plan = new PlainTable(l.DateLabel, l.Channel, l.WhoPosts, l.Description);
        foreach (var entry in c.Plan)
        {
            plan.Add(l.Date(entry.Date), ChannelKinds.ShortName(entry.Channel), CampaignRoles.Name(view, entry.Owner), entry.Description);
        }

        plan.WriteTo(writer);
        writer.WriteLine();
        Surprises(writer, view, l);
    }

    /// <summary>The plan for surprises: who answers negative comments and how fast, who may pause, whom to call.</summary>
    public static void Surprises(TextWriter writer, CampaignView view, SummaryLabels labels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(labels);
        var fi = labels.Language == Core.Association.Language.Finnish;
        writer.WriteLine(fi ? "Yllätysten varalle" : "Plan for surprises");
        if (view.Campaign.Contingency is not { } p)
        {
            writer.WriteLine(fi
                ? "Ei vielä: lisää kampanjatiedostoon \"contingency\" ja aja 'campaign import --replace'."
                : "None yet: add \"contingency\" to the campaign document and run 'campaign import --replace'.");
            return;
        }

        string Who(long? id) => id is null && fi ? "koordinaattori" : CampaignRoles.Name(view, id);
        writer.WriteLine(fi
            ? $"Negatiivisiin kommentteihin vastaa {Who(p.Responder)} {p.ResponseHours} tunnin kuluessa"
            : $"Negative comments: answered by {Who(p.Responder)} within {CampaignRoles.Hours(p.ResponseHours)}");
        writer.WriteLine(fi ? $"Kampanjan voi keskeyttää: {Who(p.PausedBy)}" : $"May pause the campaign: {Who(p.PausedBy)}");
        writer.WriteLine(fi ? $"Yhteyshenkilö: {p.Contact}" : $"Contact: {p.Contact}");
    }

    /// <summary>One participant's own tasks: the plan entries it posts and its roles in the plan for surprises.</summary>
    public static void Member(TextWriter writer, CampaignView view, long member)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(view);
        var c = view.Campaign;
        writer.WriteLine($"Tasks of {CampaignRoles.Name(view, member)} in {c.Name} (id {c.Id}), {Date(c.Start)} – {Date(c.End)}");
        var tasks = CampaignRoles.TasksOf(c, member);
        if (tasks.Count == 0)
        {
            writer.WriteLine("Nothing to post: the coordinator or other partners post every entry.");
        }
        else
        {
            var table = new PlainTable("Date", "Channel", "What to post");
            foreach (var entry in tasks)
            {
                table.Add(Date(entry.Date), ChannelKinds.ShortName(entry.Channel), entry.Description);
            }

            table.WriteTo(writer);
        }

        foreach (var duty in CampaignRoles.DutiesOf(c, member))
        {
            writer.WriteLine(duty);
        }

        if (c.Contingency is { } plan)
        {
            writer.WriteLine($"When something goes wrong, contact {plan.Contact}.");
        }
    }

    public static void Budget(TextWriter writer, BudgetReport? report, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (report is null)
        {
            writer.WriteLine("No budget plan has been made yet.");
            return;
        }

        var table = new PlainTable("Month", "Planned>", "Spent>", "Left>");
        foreach (var m in report.Months)
        {
            table.Add(m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Planned.Format(culture), m.Spent.Format(culture), m.Left.Format(culture));
        }

        table.Add("Total", report.Planned.Format(culture), report.Spent.Format(culture), (report.Planned - report.Spent).Format(culture));
        table.WriteTo(writer);
        foreach (var warning in report.Warnings)
        {
            writer.WriteLine($"Warning: {warning}");
        }
    }

    private static void AddMetrics(PlainTable table, string name, CampaignMetrics m, CultureInfo culture)
    {
        var rates = m.Rates;
        table.Add(
            name,
            m.Cost.Format(culture),
            N(m.Funnel.NewCustomers, culture),
            Optional(m.AcquisitionCost, culture),
            Optional(m.CustomerValue, culture),
            m.Roi is { } roi ? (roi * 100).ToString("0.#", culture) + " %" : "–",
            $"{N(m.Funnel.Reached, culture)} → {Rate(rates.Interest, culture)} → {Rate(rates.Lead, culture)} → {Rate(rates.Conversion, culture)}");
    }

    private static string Optional(Money? money, CultureInfo culture) => money is { } value ? value.Format(culture) : "–";

    private static string Rate(decimal? rate, CultureInfo culture) => rate is { } r ? (r * 100).ToString("0.#", culture) + " %" : "–";

    private static string N(long value, CultureInfo culture) => value.ToString("N0", culture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
