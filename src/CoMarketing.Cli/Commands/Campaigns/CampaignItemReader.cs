using System.Text.Json;
using CoMarketing.Core.Association;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Splitting;
using static CoMarketing.Cli.Commands.Json.JsonFields;
using CostItem = CoMarketing.Core.Campaigns.CostItem;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>
/// Reads one <c>items[k]</c> entry of a campaign document: the conventions of <c>split --input</c> (net required,
/// vatRate the association's default, rule equal, paidBy association, among everyone), participants named by name or id.
/// </summary>
internal static class CampaignItemReader
{
    private static readonly string[] ItemFields =
        ["description", "channel", "net", "vatRate", "rule", "paidBy", "among", "weights", "percents", "amounts"];

    public static CostItem Read(JsonElement element, string path, CampaignParticipants participants, AssociationSettings settings)
    {
        RequireObject(element, path, ItemFields);
        var description = OptionalText(element, path, "description", Limits.DescriptionLength);
        if (string.IsNullOrWhiteSpace(description))
        {
            throw Fail(Join(path, "description"), "is required: what was bought, e.g. \"Newspaper ad\"");
        }

        var net = OptionalMoney(element, path, "net") ?? throw Fail(Join(path, "net"), "is required: the net amount, e.g. \"1200.00\"");
        var vat = OptionalVatRate(element, path, "vatRate") ?? VatRate.FromPercent(settings.DefaultVatPercent);
        var ruleName = OptionalString(element, path, "rule") ?? "equal";
        if (!SplitRuleNames.TryParse(ruleName, out var rule))
        {
            throw Fail(Join(path, "rule"), $"unknown rule '{ruleName}'; use one of {string.Join(", ", SplitRuleNames.All)}");
        }

        long? paidBy = Optional(element, "paidBy") is { } payer
            && !(payer.ValueKind == JsonValueKind.String && payer.GetString() == Core.Splitting.CostItem.Association)
                ? participants.Reference(payer, Join(path, "paidBy"))
                : null;
        List<long>? among = null;
        if (Optional(element, "among") is { } amongElement)
        {
            var amongPath = Join(path, "among");
            among = [.. Array(amongElement, amongPath).Select((e, i) => participants.Reference(e, Index(amongPath, i)))];
            if (among.Count == 0)
            {
                throw Fail(amongPath, "is empty; list at least one participant, or leave it out for everyone");
            }

            if (among.Count != among.Distinct().Count())
            {
                throw Fail(amongPath, "names a participant twice");
            }
        }

        var weights = Map(element, path, "weights", participants, ReadWeight);
        if (weights?.FirstOrDefault(w => w.Value < 0) is { Value: < 0 } negative)
        {
            throw Fail(Join(path, "weights"), $"weight of business {negative.Key} cannot be negative, got {negative.Value}");
        }

        var channel = Channel(element, path);
        var percents = Map(element, path, "percents", participants, ReadPercent);
        var amounts = Map(element, path, "amounts", participants, ReadMoney);
        return CampaignDocumentReader.At(path, () => new CostItem(
            description,
            channel,
            net,
            vat.Percent,
            paidBy,
            rule,
            among,
            weights,
            percents,
            amounts));
    }

    /// <summary>The optional <c>channel</c> field: a channel kind such as <c>instagram</c> or <c>newspaper</c>.</summary>
    public static ChannelKind? Channel(JsonElement element, string path)
    {
        var text = OptionalString(element, path, "channel");
        if (text is null)
        {
            return null;
        }

        try
        {
            return ChannelKinds.Parse(text);
        }
        catch (DomainException ex)
        {
            throw Fail(Join(path, "channel"), ex.Message);
        }
    }

    private static Dictionary<long, T>? Map<T>(JsonElement element, string path, string name, CampaignParticipants participants, Func<JsonElement, string, T> read)
    {
        if (OptionalMap(element, path, name, read) is not { } map)
        {
            return null;
        }

        var mapPath = Join(path, name);
        var byId = new Dictionary<long, T>();
        foreach (var (key, value) in map)
        {
            if (!byId.TryAdd(participants.Reference(key, Join(mapPath, key)), value))
            {
                throw Fail(mapPath, $"'{key}' names a participant given already");
            }
        }

        return byId;
    }
}
