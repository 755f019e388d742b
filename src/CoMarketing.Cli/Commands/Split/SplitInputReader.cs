using System.Text.Json;
using CoMarketing.Cli.Commands.Json;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.References;
using CoMarketing.Core.Settlement;
using CoMarketing.Core.Splitting;
using static CoMarketing.Cli.Commands.Json.JsonFields;

namespace CoMarketing.Cli.Commands.Split;

/// <summary>
/// Reads DESIGN.md's <c>split --input</c> JSON strictly (no comments, no trailing commas, no unknown fields) into a
/// <see cref="SplitInput"/>. Defaults: currency EUR, no population (an unbounded area), reach 0, name = id,
/// vatRate 25.5, rule equal, paidBy association, among everyone, description "Item N", settlement direct
/// (or <c>via-association</c>), referenceBase 1000 (participant p's reference base is referenceBase + p).
/// </summary>
public static class SplitInputReader
{
    private static readonly string[] RootFields = ["currency", "population", "participants", "items", "settlement", "referenceBase"];
    private static readonly string[] ParticipantFields = ["id", "name", "reach", "weight", "percent", "amount"];
    private static readonly string[] ItemFields =
        ["description", "net", "vatRate", "rule", "paidBy", "among", "weights", "percents", "amounts"];

    /// <summary>Reads the file; a missing file or malformed JSON is a <see cref="Core.Common.DomainException"/>.</summary>
    public static SplitInput ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Read(JsonInput.ReadFile(path, "--input"), path);
    }

    /// <summary>Reads a JSON document; <paramref name="source"/> names it in error messages.</summary>
    public static SplitInput Read(string json, string source)
    {
        var document = JsonInput.Parse(json, source, "--input");
        using (document)
        {
            var root = document.RootElement;
            RequireObject(root, string.Empty, RootFields);
            var currency = OptionalString(root, string.Empty, "currency") ?? "EUR";
            if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
            {
                throw Fail("currency", $"must be a three-letter code like EUR, got '{currency}'");
            }

            var population = OptionalWhole(root, string.Empty, "population", "people");
            var list = Optional(root, "participants") ?? throw Fail("participants", "is required: list the participants");
            var entries = Array(list, "participants");
            if (entries.Count > Limits.MaxParticipants)
            {
                throw Fail("participants", $"lists {entries.Count} participants; at most {Limits.MaxParticipants} are allowed (split larger groups into several campaigns)");
            }

            var participants = entries.Select((p, i) => ReadParticipant(p, Index("participants", i))).ToList();
            var items = Optional(root, "items") is { } itemList
                ? Array(itemList, "items").Select((item, k) => ReadItem(item, Index("items", k), k)).ToList()
                : [];
            var settlement = OptionalString(root, string.Empty, "settlement") switch
            {
                null or "direct" => SettlementMode.Direct,
                "via-association" => SettlementMode.ViaAssociation,
                var other => throw Fail("settlement", $"unknown settlement '{other}'; use direct or via-association"),
            };
            var referenceBase = OptionalWhole(root, string.Empty, "referenceBase", "reference base") ?? InvoiceReferences.DefaultBase;
            if (referenceBase > InvoiceReferences.MaxBase)
            {
                throw Fail("referenceBase", $"must be at most {InvoiceReferences.MaxBase}, got {referenceBase}");
            }

            return new SplitInput(currency, new SplitRequest(population, participants, items) { Settlement = settlement, ReferenceBase = referenceBase });
        }
    }

    private static SplitParticipant ReadParticipant(JsonElement element, string path)
    {
        RequireObject(element, path, ParticipantFields);
        var id = OptionalText(element, path, "id", Limits.NameLength);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw Fail(Join(path, "id"), "is required: give the participant a short id like \"cafe\"");
        }

        return new SplitParticipant(
            id,
            OptionalText(element, path, "name", Limits.NameLength) ?? id,
            OptionalWhole(element, path, "reach", "people") ?? 0,
            Optional(element, "weight") is { } weight ? ReadWeight(weight, Join(path, "weight")) : null,
            Optional(element, "percent") is { } percent ? ReadPercent(percent, Join(path, "percent")) : null,
            OptionalMoney(element, path, "amount"));
    }

    private static CostItem ReadItem(JsonElement element, string path, int index)
    {
        RequireObject(element, path, ItemFields);
        var net = OptionalMoney(element, path, "net") ?? throw Fail(Join(path, "net"), "is required: the net amount, e.g. \"1200.00\"");
        var ruleName = OptionalString(element, path, "rule") ?? "equal";
        if (!SplitRuleNames.TryParse(ruleName, out var rule))
        {
            throw Fail(Join(path, "rule"), $"unknown rule '{ruleName}'; use one of {string.Join(", ", SplitRuleNames.All)}");
        }

        IReadOnlyList<string>? among = null;
        if (Optional(element, "among") is { } amongElement)
        {
            among = [.. Array(amongElement, Join(path, "among")).Select((e, i) => e.ValueKind == JsonValueKind.String
                ? e.GetString()!
                : throw Fail(Index(Join(path, "among"), i), "must be a participant id string"))];
        }

        return new CostItem(
            OptionalText(element, path, "description", Limits.DescriptionLength) ?? $"Item {index + 1}",
            net,
            OptionalVatRate(element, path, "vatRate") ?? VatRate.Default,
            rule,
            OptionalString(element, path, "paidBy") ?? CostItem.Association,
            among,
            OptionalMap(element, path, "weights", ReadWeight),
            OptionalMap(element, path, "percents", ReadPercent),
            OptionalMap(element, path, "amounts", ReadMoney));
    }
}
