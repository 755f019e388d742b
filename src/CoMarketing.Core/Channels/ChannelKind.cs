namespace CoMarketing.Core.Channels;

/// <summary>The kinds of marketing channel a business can bring to a campaign.</summary>
public enum ChannelKind
{
    Facebook = 0,
    Instagram = 1,
    TikTok = 2,
    LinkedIn = 3,
    YouTube = 4,
    X = 5,
    Website = 6,
    Newsletter = 7,
    LocalNewspaper = 8,
    Radio = 9,
    InStorePrint = 10,
    Event = 11,
    SearchAds = 12,
    Other = 13,
}
