using System.Globalization;
using System.Text.Json;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using static CoMarketing.Cli.Commands.Json.JsonFields;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary>
/// The businesses a campaign document names: <c>participants</c> entries are business names (any case) or ids;
/// later references (<c>paidBy</c>, <c>among</c>, map keys, <c>results[].participant</c>) name a participant the
/// same way. Every failure names the field.
/// </summary>
internal sealed class CampaignParticipants
{
    private readonly IReadOnlyList<Business> _businesses;
    private readonly List<Business> _participants = [];

    public CampaignParticipants(IReadOnlyList<Business> businesses) => _businesses = businesses;

    /// <summary>The participants' business ids, in the document's order.</summary>
    public IReadOnlyList<long> Ids => [.. _participants.Select(p => p.Id)];

    /// <summary>Reads the <c>participants</c> array into businesses, refusing unknown, ambiguous and repeated ones.</summary>
    public void ReadAll(JsonElement list, string path)
    {
        var entries = Array(list, path);
        if (entries.Count == 0)
        {
            throw Fail(path, "list at least one participant (a business name or id)");
        }

        if (entries.Count > Limits.MaxParticipants)
        {
            throw Fail(path, $"lists {entries.Count} participants; at most {Limits.MaxParticipants} are allowed");
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var entryPath = Index(path, i);
            var business = Find(entries[i], entryPath);
            var earlier = _participants.FindIndex(p => p.Id == business.Id);
            if (earlier >= 0)
            {
                throw Fail(entryPath, $"'{business.Name}' is already listed as {Index(path, earlier)}");
            }

            _participants.Add(business);
        }
    }

    /// <summary>A participant named by a JSON string (name or id) or number (id).</summary>
    public long Reference(JsonElement value, string path) => value.ValueKind switch
    {
        JsonValueKind.String => Reference(value.GetString()!, path),
        JsonValueKind.Number when value.TryGetInt64(out var id) => Reference(id.ToString(CultureInfo.InvariantCulture), path),
        _ => throw Fail(path, $"must name a participant by its name or id, got {value.GetRawText()}"),
    };

    /// <summary>A participant named by its name (any case) or its id as text.</summary>
    public long Reference(string text, string path)
    {
        var key = NameText.Normalise(text);
        var byName = _participants.Where(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byName.Count == 1)
        {
            return byName[0].Id;
        }

        if (_participants.FirstOrDefault(p => p.Id.ToString(CultureInfo.InvariantCulture) == key) is { } byId)
        {
            return byId.Id;
        }

        throw Fail(path, $"'{key}' is not a participant; use one of {string.Join(", ", _participants.Select(p => $"'{p.Name}'"))}");
    }

    private Business Find(JsonElement value, string path)
    {
        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetInt64(out var id) && _businesses.FirstOrDefault(b => b.Id == id) is { } byId
                ? byId
                : throw Fail(path, $"no business with id {value.GetRawText()}; 'comarketing businesses' lists them");
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw Fail(path, "must be a business name or id");
        }

        var name = NameText.Normalise(value.GetString());
        var matches = _businesses.Where(b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw Fail(path, $"no business named '{name}'{Suggest(name)}"),
            _ => throw Fail(path, $"'{name}' is ambiguous: {string.Join(", ", matches.Select(b => $"id {b.Id} {b.Name}"))}; give the id"),
        };
    }

    private string Suggest(string name)
    {
        var near = _businesses
            .Where(b => b.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || name.Contains(b.Name, StringComparison.OrdinalIgnoreCase)
                || string.Equals(FirstWord(b.Name), FirstWord(name), StringComparison.OrdinalIgnoreCase))
            .Take(3)
            .Select(b => $"'{b.Name}'")
            .ToList();
        return near.Count == 0 ? "; 'comarketing businesses' lists them" : $"; did you mean {string.Join(" or ", near)}?";
    }

    private static string FirstWord(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? text;
}
