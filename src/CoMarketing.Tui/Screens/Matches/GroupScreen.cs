using CoMarketing.Core.Businesses;
using CoMarketing.Core.Matching;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>
/// A group suggestion: the best <see cref="Size"/> partners for a business, all pairwise compatible, with each one's
/// reach, the combined unique reach and the gain over the business alone. + and − change the size (1–<see cref="MaxSize"/>).
/// </summary>
public sealed record GroupScreen(PlannerService Service, Business Business, int Size, GroupSuggestion Suggestion, TuiTexts Texts) : IScreen
{
    public const int DefaultSize = 3;
    public const int MaxSize = 10;

    public static GroupScreen Create(PlannerService service, Business business, int size, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(business);
        var k = Math.Clamp(size, 1, MaxSize);
        return new GroupScreen(service, business, k, service.Backend.SuggestGroup(business.Id, k), texts);
    }

    public string GetTitle(ScreenContext context) => Texts.Format("GroupTitle", Business.Name);

    public string? GetStatus(ScreenContext context) => Texts.Format("GroupSize", Size);

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context) =>
    [
        new KeyBinding("+", Texts.Get("GroupKeyMore")),
        new KeyBinding("-", Texts.Get("GroupKeyFewer")),
        new KeyBinding("c", Texts.Get("GroupKeyCampaign")),
    ];

    public ScreenResult Handle(KeyPress key, ScreenContext context)
    {
        if (key.Is('c') && Suggestion.Members.Count > 0)
        {
            return ScreenResult.With(this, ScreenCommand.Campaign([Business.Id, .. Suggestion.Members.Select(m => m.Partner.Id)]));
        }

        var step = key.Is('+') || key.Is(Key.Right) ? 1 : key.Is('-') || key.Is(Key.Left) ? -1 : 0;
        if (step == 0)
        {
            return ScreenResult.Unhandled(this);
        }

        var size = Math.Clamp(Size + step, 1, MaxSize);
        return ScreenResult.Stay(size == Size ? this : Create(Service, Business, size, Texts));
    }

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var width = context.Width;
        var culture = Texts.Culture;
        var rows = new List<IRenderable>
        {
            // "(0 found)" and "all compatible" never together: an empty group gets its own heading.
            MatchBars.Heading(Suggestion.Members.Count == 0 ? Texts.Format("GroupHeadingNone", Size) : Texts.Format("GroupHeading", Size, Suggestion.Members.Count), width),
            Text.Empty,
        };
        if (Suggestion.Members.Count == 0)
        {
            rows.Add(new Text(TextFit.Fit(Texts.Get("GroupNone"), width), Styles.Dim));
        }

        var nameWidth = Math.Clamp(width - 20, 10, 40);
        foreach (var member in Suggestion.Members)
        {
            rows.Add(new Text(TextFit.Fit($"  {TextFit.Pad(member.Partner.Name, nameWidth)} {member.Reach.ToString("N0", culture),12}", width)));
        }

        rows.Add(Text.Empty);
        rows.Add(new Text(TextFit.Fit(Texts.Format("GroupOwnReach", Suggestion.OwnReach.ToString("N0", culture)), width)));
        rows.Add(new Text(TextFit.Fit(Texts.Format("GroupCombinedReach", Suggestion.CombinedReach.ToString("N0", culture)), width), Styles.Header));
        rows.Add(new Text(TextFit.Fit(Texts.Format("GroupGain", Suggestion.Gain.ToString("N0", culture)), width), Styles.Header));
        return new Rows(rows.Take(Math.Max(context.Height, 1)));
    }
}
