using System.Globalization;
using System.Text.Json;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>
/// The editor's input as one text: every field's value by name plus the channels, as a JSON object. Used for kiosk
/// drafts and to tell whether anything changed since the business was opened or saved.
/// </summary>
public static class EditorDraft
{
    private const string ChannelsKey = "channels";

    public static string Write(FieldGroup profile, FieldGroup audience, IEnumerable<Channel> channels)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(channels);
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in profile.Fields.Concat(audience.Fields))
        {
            values[field.Name] = field.Value;
        }

        values[ChannelsKey] = string.Join('\n', channels.Select(WriteChannel));
        return JsonSerializer.Serialize(values);
    }

    /// <summary>The field values and channels of a draft; unreadable parts are left out rather than guessed.</summary>
    public static (IReadOnlyDictionary<string, string> Values, IReadOnlyList<Channel> Channels) Read(string draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Dictionary<string, string>? values;
        try
        {
            values = JsonSerializer.Deserialize<Dictionary<string, string>>(draft);
        }
        catch (JsonException)
        {
            values = null;
        }

        values ??= [];
        var channels = values.TryGetValue(ChannelsKey, out var lines)
            ? lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ReadChannel).OfType<Channel>().ToList()
            : [];
        values.Remove(ChannelsKey);
        return (values, channels);
    }

    private static string WriteChannel(Channel c) => string.Join('\t',
        ((int)c.Kind).ToString(CultureInfo.InvariantCulture), c.Name, c.AudienceSize.ToString(CultureInfo.InvariantCulture),
        c.EngagementRate.ToString("R", CultureInfo.InvariantCulture), c.TypicalCost.ToInvariantString());

    private static Channel? ReadChannel(string line)
    {
        var parts = line.Split('\t');
        if (parts.Length != 5
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kind)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            || !double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate)
            || !Money.TryParse(parts[4], out var cost, out _))
        {
            return null;
        }

        try
        {
            return new Channel((ChannelKind)kind, parts[1], size, rate, cost);
        }
        catch (Core.Common.DomainException)
        {
            return null;
        }
    }
}
