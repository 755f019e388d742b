using CoMarketing.Core.Channels;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>A channel's cells under the channel headers (kind, name, audience, engagement, cost), in the planner's language.</summary>
public static class ChannelCells
{
    public const int Count = 5;

    public static string Cell(Channel channel, int column, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(texts);
        return column switch
        {
            0 => ChannelForm.KindLabel(channel.Kind, texts),
            1 => channel.Name,
            2 => channel.AudienceSize.ToString("N0", texts.Culture),
            3 => (channel.EngagementRate * 100).ToString("0.#", texts.Culture) + " %",
            4 => channel.TypicalCost.Format(texts.Culture),
            _ => throw new ArgumentOutOfRangeException(nameof(column)),
        };
    }

    /// <summary>The column headers in the planner's language.</summary>
    public static IReadOnlyList<string> Headers(TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return [texts.Get("EdChannelKind"), texts.Get("EdChannelName"), texts.Get("EdChannelSizeShort"), texts.Get("EdChannelEngagementShort"), texts.Get("EdChannelCostShort")];
    }
}
