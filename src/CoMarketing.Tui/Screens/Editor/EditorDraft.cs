using System.Globalization;
using System.Text.Json;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>
/// A form's input as one text: every field's value by name plus the channels and a half-typed channel, as a JSON
/// object. Used for kiosk drafts and to tell whether anything changed since the form was opened or saved.
/// </summary>
public static class EditorDraft
{
    private const string ChannelsKey = "channels";
    private const string ChannelFormKey = "channelForm";
    private const string ChannelFormPrefix = "channelForm.";

    public static string Write(FieldGroup profile, FieldGroup audience, IEnumerable<Channel> channels, ChannelForm? channelForm = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(channels);
        var values = Values(profile.Fields.Concat(audience.Fields));
        values[ChannelsKey] = string.Join('\n', channels.Select(WriteChannel));
        if (channelForm is not null)
        {
            values[ChannelFormKey] = channelForm.Index.ToString(CultureInfo.InvariantCulture);
            foreach (var field in channelForm.Fields.Fields)
            {
                values[ChannelFormPrefix + field.Name] = field.Value;
            }
        }

        return JsonSerializer.Serialize(values, EditorDraftJson.Default.SortedDictionaryStringString);
    }

    /// <summary>The values of <paramref name="fields"/> as a draft text (a form without channels).</summary>
    public static string Write(IEnumerable<IEditorField> fields) => JsonSerializer.Serialize(Values(fields), EditorDraftJson.Default.SortedDictionaryStringString);

    /// <summary>The field values, channels and half-typed channel of a draft; unreadable parts are left out rather than guessed.</summary>
    public static EditorDraftContent Read(string draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Dictionary<string, string>? values;
        try
        {
            values = JsonSerializer.Deserialize(draft, EditorDraftJson.Default.DictionaryStringString);
        }
        catch (JsonException)
        {
            values = null;
        }

        values ??= [];
        var channels = values.TryGetValue(ChannelsKey, out var lines)
            ? lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(ReadChannel).OfType<Channel>().ToList()
            : [];
        int? formIndex = values.TryGetValue(ChannelFormKey, out var index)
            && int.TryParse(index, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null;
        var formValues = values.Where(pair => pair.Key.StartsWith(ChannelFormPrefix, StringComparison.Ordinal))
            .ToDictionary(pair => pair.Key[ChannelFormPrefix.Length..], pair => pair.Value, StringComparer.Ordinal);
        var fieldValues = values.Where(pair => pair.Key != ChannelsKey && pair.Key != ChannelFormKey && !pair.Key.StartsWith(ChannelFormPrefix, StringComparison.Ordinal))
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return new EditorDraftContent(fieldValues, channels, formIndex, formValues);
    }

    private static SortedDictionary<string, string> Values(IEnumerable<IEditorField> fields)
    {
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            values[field.Name] = field.Value;
        }

        return values;
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
