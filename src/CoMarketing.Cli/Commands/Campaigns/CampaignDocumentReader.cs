using System.Globalization;
using System.Text.Json;
using CoMarketing.Cli.Commands.Json;
using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Settlement;
using static CoMarketing.Cli.Commands.Json.JsonFields;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>
/// Reads the campaign authoring document of <c>campaign import</c> (README, "Campaigns and exports") strictly into a
/// <see cref="Campaign"/>, and splits it once so that percent totals, exact totals and payers are checked before
/// anything is written. An <c>export --format json</c> file is read through its <c>authoring</c> section.
/// </summary>
public static class CampaignDocumentReader
{
    /// <summary>The section of an export JSON that holds the authoring document.</summary>
    public const string ExportSection = "authoring";

    private static readonly string[] RootFields = ["name", "goal", "start", "end", "status", "participants", "items", "plan", "results", "contingency", "settlement"];
    private static readonly string[] GoalFields = ["kind", "target"];
    private static readonly string[] PlanFields = ["date", "channel", "description", "owner"];
    private static readonly string[] ResultFields = ["participant", "periodStart", "period", "reached", "interested", "leads", "newCustomers", "revenue"];

    /// <summary>
    /// Reads <paramref name="json"/> (from <paramref name="source"/>) into a campaign with store id <paramref name="id"/>
    /// (0 for a new one), naming participants among <paramref name="businesses"/>. Any problem is one
    /// <see cref="DomainException"/> naming the field.
    /// </summary>
    public static Campaign Read(string json, string source, long id, IReadOnlyList<Business> businesses, AssociationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(businesses);
        ArgumentNullException.ThrowIfNull(settings);
        using var document = JsonInput.Parse(json, source, "FILE");
        var root = document.RootElement;
        var path = string.Empty;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(ExportSection, out var section))
        {
            (root, path) = (section, ExportSection);
        }

        var campaign = ReadCampaign(root, path, id, businesses, settings);
        try
        {
            CampaignSplit.Split(campaign, businesses, settings);
        }
        catch (DomainException ex) when (path.Length > 0)
        {
            throw new DomainException($"{path}.{ex.Message}", ex);
        }

        return campaign;
    }

    private static Campaign ReadCampaign(JsonElement root, string path, long id, IReadOnlyList<Business> businesses, AssociationSettings settings)
    {
        RequireObject(root, path, RootFields);
        var name = NameText.Normalise(OptionalText(root, path, "name", 10 * Limits.NameLength));
        if (name.Length > Limits.NameLength)
        {
            throw Fail(Join(path, "name"), $"is {name.Length} characters long; at most {Limits.NameLength} are allowed");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw Fail(Join(path, "name"), "is required: the campaign's name");
        }

        var goal = ReadGoal(Optional(root, "goal") ?? throw Fail(Join(path, "goal"), "is required: { \"kind\": \"leads\", \"target\": 40 }"), Join(path, "goal"));
        var start = RequiredDate(root, path, "start");
        var end = RequiredDate(root, path, "end");
        if (end < start)
        {
            throw Fail(Join(path, "end"), $"{Date(end)} is before the start {Date(start)}");
        }

        var status = ReadName<CampaignStatus>(root, path, "status", "draft, planned, running, finished") ?? CampaignStatus.Draft;
        var participants = new CampaignParticipants(businesses);
        participants.ReadAll(Optional(root, "participants") ?? throw Fail(Join(path, "participants"), "is required: the businesses taking part, by name or id"), Join(path, "participants"));
        var items = Optional(root, "items") is { } list
            ? Array(list, Join(path, "items")).Select((item, k) => CampaignItemReader.Read(item, Index(Join(path, "items"), k), participants, settings)).ToList()
            : [];
        var plan = Optional(root, "plan") is { } entries
            ? Array(entries, Join(path, "plan")).Select((entry, i) => ReadPlanEntry(entry, Index(Join(path, "plan"), i), participants)).ToList()
            : [];
        var results = Optional(root, "results") is { } rows
            ? Array(rows, Join(path, "results")).Select((row, i) => ReadResult(row, Index(Join(path, "results"), i), participants)).ToList()
            : [];
        var contingency = CampaignRoleReader.Contingency(root, path, participants);
        var settlement = ReadSettlement(root, path);
        var campaign = At(path, () => new Campaign(id, name, goal, start, end, status, participants.Ids, items, plan, results) { Contingency = contingency });
        return At(Join(path, "settlement"), () => campaign with { Settlement = settlement });
    }

    /// <summary>
    /// <c>settlement</c>: <c>via-association</c> (the default; <c>viaAssociation</c> as <c>campaign show --json</c>
    /// writes it) or <c>direct</c>, member to member, allowed only when the association paid none of the items.
    /// </summary>
    private static SettlementMode ReadSettlement(JsonElement root, string path) => OptionalString(root, path, "settlement")?.Trim() switch
    {
        null or "via-association" or "viaAssociation" => SettlementMode.ViaAssociation,
        "direct" => SettlementMode.Direct,
        var other => throw Fail(Join(path, "settlement"), $"unknown settlement '{(other.Length <= 40 ? other : other[..39] + "…")}'; use via-association or direct"),
    };

    private static CampaignGoal ReadGoal(JsonElement element, string path)
    {
        RequireObject(element, path, GoalFields);
        var kind = ReadName<CampaignGoalKind>(element, path, "kind", "awareness, traffic, leads, sales, newCustomers")
            ?? throw Fail(Join(path, "kind"), "is required: awareness, traffic, leads, sales or newCustomers");
        var target = OptionalDecimal(element, path, "target") ?? throw Fail(Join(path, "target"), "is required: a number above zero");
        return target > 0 ? new CampaignGoal(kind, target) : throw Fail(Join(path, "target"), $"must be above zero, got {target}");
    }

    private static PlanEntry ReadPlanEntry(JsonElement element, string path, CampaignParticipants participants)
    {
        RequireObject(element, path, PlanFields);
        var date = RequiredDate(element, path, "date");
        var channel = CampaignItemReader.Channel(element, path) ?? throw Fail(Join(path, "channel"), "is required, e.g. \"instagram\"");
        var description = OptionalText(element, path, "description", Limits.DescriptionLength);
        return string.IsNullOrWhiteSpace(description)
            ? throw Fail(Join(path, "description"), "is required: what goes out")
            : new PlanEntry(date, channel, description) { Owner = CampaignRoleReader.Party(element, path, "owner", participants) };
    }

    private static CampaignResult ReadResult(JsonElement element, string path, CampaignParticipants participants)
    {
        RequireObject(element, path, ResultFields);
        var participant = Optional(element, "participant") is { } who
            ? participants.Reference(who, Join(path, "participant"))
            : throw Fail(Join(path, "participant"), "is required: the participant's name or id");
        var periodStart = RequiredDate(element, path, "periodStart");
        var period = ReadName<ResultPeriod>(element, path, "period", "week, month, quarter") ?? throw Fail(Join(path, "period"), "is required: week, month or quarter");
        long Count(string name) => OptionalWhole(element, path, name, "people") is { } n
            ? n >= 0 ? n : throw Fail(Join(path, name), $"cannot be negative, got {n}")
            : 0;
        var reached = Count("reached");
        var interested = Count("interested");
        var leads = Count("leads");
        var newCustomers = Count("newCustomers");
        var revenue = OptionalMoney(element, path, "revenue") ?? default;
        return At(path, () => new CampaignResult(participant, periodStart, period, reached, interested, leads, newCustomers, revenue));
    }

    /// <summary>An enum named by its member name in any case (<c>newCustomers</c>, <c>running</c>), never by a number.</summary>
    private static T? ReadName<T>(JsonElement element, string path, string name, string allowed)
        where T : struct, Enum
    {
        var text = OptionalString(element, path, name);
        if (text is null)
        {
            return null;
        }

        return !text.Any(char.IsAsciiDigit) && Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw Fail(Join(path, name), $"unknown {name} '{text}'; use one of {allowed}");
    }

    private static DateOnly RequiredDate(JsonElement element, string path, string name)
    {
        var text = OptionalString(element, path, name) ?? throw Fail(Join(path, name), "is required: a date like \"2027-04-01\"");
        if (text.Length != 10 || !text.All(c => char.IsAsciiDigit(c) || c == '-')
            || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Fail(Join(path, name), $"'{(text.Length <= 40 ? text : text[..39] + "…")}' is not a date; use yyyy-MM-dd");
        }

        return date >= Limits.FirstDate && date <= Limits.LastDate
            ? date
            : throw Fail(Join(path, name), $"{text} is outside the years 2000–2100");
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Runs a domain constructor, prefixing its message with the field it came from.</summary>
    internal static T At<T>(string path, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (DomainException ex)
        {
            throw Fail(path, ex.Message);
        }
    }
}
