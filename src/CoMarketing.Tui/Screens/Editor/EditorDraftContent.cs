using CoMarketing.Core.Channels;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>What a draft held: field values by name, the channels, and the channel being typed when it was kept.</summary>
/// <param name="Values">Field values by field name.</param>
/// <param name="Channels">The channel list.</param>
/// <param name="ChannelFormIndex">The open channel form's position (-1 a new channel), or null when none was open.</param>
/// <param name="ChannelFormValues">The open channel form's field values by name.</param>
public sealed record EditorDraftContent(
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<Channel> Channels,
    int? ChannelFormIndex,
    IReadOnlyDictionary<string, string> ChannelFormValues);
