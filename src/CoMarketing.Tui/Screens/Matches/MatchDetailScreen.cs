using CoMarketing.Core.Businesses;
using CoMarketing.Core.Matching;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Resources;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>One match in full: the score, every score component as a bar, the new reach and all reasons.</summary>
public sealed record MatchDetailScreen(Business Business, PartnerMatch Match, TuiTexts Texts) : IScreen
{
    public string GetTitle(ScreenContext context) => $"{Business.Name} + {Match.Partner.Name}";

    public string? GetStatus(ScreenContext context) => Texts.Format("MatchScore", Match.Score.ToString("0", Texts.Culture));

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context) => [new KeyBinding("Esc", Texts.KeyBack)];

    public ScreenResult Handle(KeyPress key, ScreenContext context) =>
        key.Is(Key.Enter) ? ScreenResult.Pop(this) : ScreenResult.Unhandled(this);

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var width = context.Width;
        var rows = new List<IRenderable>
        {
            MatchBars.Heading(Texts.Format("MatchScoreLine", Match.Score.ToString("0", Texts.Culture), Match.NewReach.ToString("N0", Texts.Culture)), width),
            Text.Empty,
        };
        rows.AddRange(MatchBars.Components(Match.Components, Texts, width, context.Unicode));
        rows.Add(Text.Empty);
        rows.Add(MatchBars.Heading(Texts.Get("MatchReasons"), width));
        rows.AddRange(MatchBars.Reasons(Match.Reasons, width));
        return new Rows(rows.Take(Math.Max(context.Height, 1)));
    }
}
