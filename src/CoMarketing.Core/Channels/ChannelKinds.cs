using CoMarketing.Core.Common;

namespace CoMarketing.Core.Channels;

/// <summary>Parsing of channel kinds from the short names used in imports (<c>instagram</c>, <c>newspaper</c>).</summary>
public static class ChannelKinds
{
    private static readonly Dictionary<string, ChannelKind> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["facebook"] = ChannelKind.Facebook,
        ["fb"] = ChannelKind.Facebook,
        ["instagram"] = ChannelKind.Instagram,
        ["ig"] = ChannelKind.Instagram,
        ["tiktok"] = ChannelKind.TikTok,
        ["linkedin"] = ChannelKind.LinkedIn,
        ["youtube"] = ChannelKind.YouTube,
        ["x"] = ChannelKind.X,
        ["twitter"] = ChannelKind.X,
        ["website"] = ChannelKind.Website,
        ["web"] = ChannelKind.Website,
        ["newsletter"] = ChannelKind.Newsletter,
        ["email"] = ChannelKind.Newsletter,
        ["newspaper"] = ChannelKind.LocalNewspaper,
        ["localnewspaper"] = ChannelKind.LocalNewspaper,
        ["local-newspaper"] = ChannelKind.LocalNewspaper,
        ["radio"] = ChannelKind.Radio,
        ["print"] = ChannelKind.InStorePrint,
        ["instoreprint"] = ChannelKind.InStorePrint,
        ["in-store-print"] = ChannelKind.InStorePrint,
        ["event"] = ChannelKind.Event,
        ["searchads"] = ChannelKind.SearchAds,
        ["search-ads"] = ChannelKind.SearchAds,
        ["search"] = ChannelKind.SearchAds,
        ["other"] = ChannelKind.Other,
    };

    /// <summary>The canonical short name, e.g. <c>instagram</c>, <c>newspaper</c>, <c>search-ads</c>.</summary>
    public static string ShortName(ChannelKind kind) => kind switch
    {
        ChannelKind.LocalNewspaper => "newspaper",
        ChannelKind.InStorePrint => "print",
        ChannelKind.SearchAds => "search-ads",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static ChannelKind Parse(string? text)
    {
        var s = (text ?? string.Empty).Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        return Aliases.TryGetValue(s, out var kind)
            ? kind
            : throw DomainException.Of("UnknownChannelKindName", text, string.Join(", ", Enum.GetValues<ChannelKind>().Select(ShortName)));
    }
}
