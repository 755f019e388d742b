using System.Text.Json.Nodes;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// Helpers for building a JSON document as <see cref="JsonNode"/>s in the order it is written: what the exports and the
/// command line use instead of serialising anonymous objects by reflection, which Native AOT cannot do.
/// </summary>
public static class JsonNodes
{
    /// <summary>An array of one node per item, in order.</summary>
    public static JsonArray Array<T>(IEnumerable<T> items, Func<T, JsonNode?> node)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(node);
        return [.. items.Select(node)];
    }

    /// <summary>An array of strings, in order.</summary>
    public static JsonArray Strings(IEnumerable<string> items) => Array(items, s => (JsonNode?)s);

    /// <summary>An object of one property per key, in order.</summary>
    public static JsonObject Object<T>(IEnumerable<KeyValuePair<string, T>> entries, Func<T, JsonNode?> node)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(node);
        var result = new JsonObject();
        foreach (var (key, value) in entries)
        {
            result.Add(key, node(value));
        }

        return result;
    }
}
