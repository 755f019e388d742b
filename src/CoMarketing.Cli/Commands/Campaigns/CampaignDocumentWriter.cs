using System.Globalization;
using System.Text.Json.Nodes;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Settlement;
using CoMarketing.Core.Splitting;
using CostItem = CoMarketing.Core.Campaigns.CostItem;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>
/// Writes a stored campaign as the authoring document <see cref="CampaignDocumentReader"/> reads back: participants
/// by name (by id when another business shares the name), every rule, override, payer, plan entry and result.
/// </summary>
public static class CampaignDocumentWriter
{
    public static JsonObject Write(Campaign campaign, IReadOnlyList<Business> businesses)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(businesses);
        var names = campaign.Participants.ToDictionary(id => id, id => Reference(id, businesses));
        var document = new JsonObject
        {
            ["name"] = campaign.Name,
            ["goal"] = new JsonObject { ["kind"] = Camel(campaign.Goal.Kind), ["target"] = campaign.Goal.Target },
            ["start"] = Date(campaign.Start),
            ["end"] = Date(campaign.End),
            ["status"] = Camel(campaign.Status),
            ["participants"] = new JsonArray([.. campaign.Participants.Select(id => names[id])]),
            ["items"] = new JsonArray([.. campaign.CostItems.Select(item => Item(item, names))]),
            ["plan"] = new JsonArray([.. campaign.Plan.Select(p => new JsonObject
            {
                ["date"] = Date(p.Date),
                ["channel"] = ChannelKinds.ShortName(p.Channel),
                ["description"] = p.Description,
                ["owner"] = Party(p.Owner, names),
            })]),
            ["results"] = new JsonArray([.. campaign.Results.Select(r => new JsonObject
            {
                ["participant"] = names[r.Participant].DeepClone(),
                ["periodStart"] = Date(r.PeriodStart),
                ["period"] = Camel(r.Period),
                ["reached"] = r.Reached,
                ["interested"] = r.Interested,
                ["leads"] = r.Leads,
                ["newCustomers"] = r.NewCustomers,
                ["revenue"] = r.Revenue.ToInvariantString(),
            })]),
        };
        document["settlement"] = campaign.Settlement == SettlementMode.Direct ? "direct" : "via-association";
        if (campaign.Contingency is { } plan)
        {
            document["contingency"] = new JsonObject
            {
                ["responder"] = Party(plan.Responder, names),
                ["responseHours"] = plan.ResponseHours,
                ["pausedBy"] = Party(plan.PausedBy, names),
                ["contact"] = plan.Contact,
            };
        }

        return document;
    }

    /// <summary>A role: the participant's reference, or <c>"coordinator"</c>.</summary>
    private static JsonNode Party(long? id, Dictionary<long, JsonNode> names)
        => id is { } business ? names[business].DeepClone() : JsonValue.Create(CampaignRoleReader.Coordinator);

    private static JsonObject Item(CostItem item, Dictionary<long, JsonNode> names)
    {
        var node = new JsonObject { ["description"] = item.Description };
        if (item.Channel is { } channel)
        {
            node["channel"] = ChannelKinds.ShortName(channel);
        }

        node["net"] = item.Net.ToInvariantString();
        node["vatRate"] = VatRate.FromPercent(item.VatPercent).ToString();
        node["rule"] = item.Rule.ToName();
        node["paidBy"] = item.PaidBy is { } payer ? names[payer].DeepClone() : Core.Splitting.CostItem.Association;
        if (!item.Among.IsEmpty)
        {
            node["among"] = new JsonArray([.. item.Among.Select(id => names[id].DeepClone())]);
        }

        AddMap(node, "weights", item.Weights, names, w => JsonValue.Create(w));
        AddMap(node, "percents", item.Percents, names, p => JsonValue.Create(p));
        AddMap(node, "amounts", item.Amounts, names, a => JsonValue.Create(a.ToInvariantString()));
        return node;
    }

    private static void AddMap<T>(JsonObject node, string name, IReadOnlyDictionary<long, T> map, Dictionary<long, JsonNode> names, Func<T, JsonNode> value)
    {
        if (map.Count == 0)
        {
            return;
        }

        var result = new JsonObject();
        foreach (var (id, figure) in map)
        {
            result[Key(names[id])] = value(figure);
        }

        node[name] = result;
    }

    /// <summary>A business's name when no other business has it (any case), else its id.</summary>
    private static JsonNode Reference(long id, IReadOnlyList<Business> businesses)
    {
        var business = businesses.FirstOrDefault(b => b.Id == id);
        var shared = business is null || businesses.Count(b => string.Equals(b.Name, business.Name, StringComparison.OrdinalIgnoreCase)) > 1;
        return shared ? JsonValue.Create(id) : JsonValue.Create(business!.Name);
    }

    private static string Key(JsonNode reference)
        => reference.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? reference.GetValue<long>().ToString(CultureInfo.InvariantCulture)
            : reference.GetValue<string>();

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
