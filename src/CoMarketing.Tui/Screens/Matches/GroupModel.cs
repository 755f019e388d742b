using CoMarketing.Core.Businesses;
using CoMarketing.Core.Matching;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Shell;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>
/// A group suggestion without a terminal: the best <see cref="Size"/> partners for a business, all pairwise
/// compatible, each with its reach; the combined unique reach and the gain. The size goes 1–<see cref="MaxSize"/>. An
/// empty group never claims "(0 found), all compatible". Anyone signed in may start a campaign with the group.
/// </summary>
public sealed class GroupModel
{
    public const int DefaultSize = 3;
    public const int MaxSize = 10;

    private readonly PlannerService _service;

    public GroupModel(PlannerService service, Business business, int size = DefaultSize)
        : this(service, business, Math.Clamp(size, 1, MaxSize), null)
    {
    }

    /// <summary>A model over a suggestion already made (<paramref name="suggestion"/>), e.g. to show an empty one.</summary>
    public GroupModel(PlannerService service, Business business, int size, GroupSuggestion? suggestion)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(business);
        _service = service;
        Business = business;
        Size = Math.Clamp(size, 1, MaxSize);
        Suggestion = suggestion ?? service.Backend.SuggestGroup(business.Id, Size);
    }

    public Business Business { get; }

    public int Size { get; private set; }

    public GroupSuggestion Suggestion { get; private set; }

    public TuiTexts Texts => _service.Texts;

    public PlannerService Service => _service;

    public string Title => Texts.Format("GroupTitle", Business.Name);

    /// <summary>"k = 3".</summary>
    public string SizeText => Texts.Format("GroupSize", Size);

    /// <summary>"Best group of 3 partners (3 found), all compatible with each other"; without partners only "Best group of 3 partners".</summary>
    public string Heading => Suggestion.Members.Count == 0
        ? Texts.Format("GroupHeadingNone", Texts.Count("Partner", Size), 0, Size)
        : Texts.Format("GroupHeading", Texts.Count("Partner", Size), Suggestion.Members.Count, Size);

    /// <summary>Said under the heading when no partner fits.</summary>
    public string? NoneText => Suggestion.Members.Count == 0 ? Texts.Get("GroupNone") : null;

    public bool CanStartCampaign => !_service.Session.IsGuest && Suggestion.Members.Count > 0;

    /// <summary>The businesses of a campaign with this group: the business first, then its partners in order.</summary>
    public IReadOnlyList<long> CampaignIds => [Business.Id, .. Suggestion.Members.Select(m => m.Partner.Id)];

    /// <summary>The partners in <paramref name="width"/> cells: name (cut at a word) and reach, right-aligned.</summary>
    public IReadOnlyList<string> MemberLines(int width)
    {
        var culture = Texts.Culture;
        var nameWidth = Math.Clamp(width - 16, 10, 40);
        return [.. Suggestion.Members.Select(m => WordFit.Fit($"  {WordFit.Pad(m.Partner.Name, nameWidth)} {m.Reach.ToString("N0", culture),12}", width))];
    }

    /// <summary>Own reach, combined unique reach and the gain ("Gain: 46,972 people more"), one line each.</summary>
    public IReadOnlyList<string> ReachLines
    {
        get
        {
            var culture = Texts.Culture;
            return
            [
                Texts.Format("GroupOwnReach", Suggestion.OwnReach.ToString("N0", culture)),
                Texts.Format("GroupCombinedReach", Suggestion.CombinedReach.ToString("N0", culture)),
                Texts.Format("GroupGain", Texts.Count("Person", (long)Math.Round(Suggestion.Gain))),
            ];
        }
    }

    /// <summary>One partner more (+1) or fewer (−1), within 1–<see cref="MaxSize"/>; true when the size changed.</summary>
    public bool Resize(int step)
    {
        var size = Math.Clamp(Size + step, 1, MaxSize);
        if (size == Size)
        {
            return false;
        }

        Size = size;
        Suggestion = _service.Backend.SuggestGroup(Business.Id, size);
        return true;
    }
}
