using System.Globalization;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>The form for adding or editing one channel: kind, name/handle, audience size, engagement %, typical cost.</summary>
/// <param name="Fields">The inputs.</param>
/// <param name="Index">The position of the channel being edited, or -1 for a new one.</param>
public sealed record ChannelForm(FieldGroup Fields, int Index)
{
    public bool IsNew => Index < 0;

    public static ChannelForm Create(Channel? channel, int index, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var validate = new EditorValidation(texts);
        var culture = texts.Culture;
        var engagement = channel is null ? "" : (channel.EngagementRate * 100).ToString("0.##", culture);
        var cost = channel is null ? "" : channel.TypicalCost.ToDecimal().ToString("0.00", culture);
        var kinds = Enum.GetValues<ChannelKind>().Select(kind => KindLabel(kind, texts)).ToArray();
        var fields = new IEditorField[]
        {
            new ChoiceInput(FieldNames.ChannelKind, texts.Get("EdChannelKind"), [.. kinds], (int)(channel?.Kind ?? ChannelKind.Facebook)),
            TextInput.Of(FieldNames.ChannelName, texts.Get("EdChannelName"), channel?.Name ?? "", maxLength: 80),
            TextInput.Of(FieldNames.ChannelSize, texts.Get("EdChannelSize"),
                channel?.AudienceSize.ToString(CultureInfo.InvariantCulture) ?? "", validate.Count, 10),
            TextInput.Of(FieldNames.ChannelEngagement, texts.Get("EdChannelEngagement"), engagement, validate.Engagement, 6),
            TextInput.Of(FieldNames.ChannelCost, texts.Get("EdChannelCost"), cost, validate.Amount, 16),
        };
        return new ChannelForm(new FieldGroup(fields), index);
    }

    /// <summary>"Instagram", "Paikallislehti": the kind in the planner's language.</summary>
    public static string KindLabel(ChannelKind kind, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Get("EdKind" + kind);
    }

    /// <summary>The form with the field <paramref name="name"/> holding <paramref name="value"/>.</summary>
    public ChannelForm Set(string name, string value) => this with { Fields = Fields.Set(name, value) };

    /// <summary>The channel the form describes; throws the domain's exception when a value is out of range.</summary>
    public Channel Build()
    {
        var kind = (ChannelKind)Fields.Get<ChoiceInput>(FieldNames.ChannelKind).Index;
        EditorValidation.TryCount(Fields[FieldNames.ChannelSize].Value, out var size);
        EditorValidation.TryDecimal(Fields[FieldNames.ChannelEngagement].Value, out var engagement);
        var costText = Fields[FieldNames.ChannelCost].Value;
        var cost = costText.Trim().Length == 0 ? Money.Zero : Money.Parse(costText);
        return new Channel(kind, Fields[FieldNames.ChannelName].Value, size, (double)(engagement / 100m), cost);
    }
}
