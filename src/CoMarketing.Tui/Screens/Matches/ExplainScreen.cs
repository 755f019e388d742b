using CoMarketing.Core.Matching;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Resources;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>Why a named business is or is not a match: the exclusions in words, then the score and its parts.</summary>
public sealed record ExplainScreen(MatchExplanation Explanation, TuiTexts Texts) : IScreen
{
    public string GetTitle(ScreenContext context) => Texts.Format("MatchExplainTitle", Explanation.Business.Name, Explanation.Candidate.Name);

    public string? GetStatus(ScreenContext context) => Texts.Get(Explanation.IsMatch ? "MatchIsMatch" : "MatchExcluded");

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context) => [new KeyBinding("Esc", Texts.KeyBack)];

    public ScreenResult Handle(KeyPress key, ScreenContext context) =>
        key.Is(Key.Enter) ? ScreenResult.Pop(this) : ScreenResult.Unhandled(this);

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var width = context.Width;
        var rows = new List<IRenderable>();
        if (Explanation.IsMatch)
        {
            rows.Add(MatchBars.Heading(Texts.Format("MatchExplainYes", Explanation.Candidate.Name), width));
        }
        else
        {
            rows.Add(MatchBars.Heading(Texts.Format("MatchExplainNo", Explanation.Candidate.Name), width));
            rows.AddRange(MatchBars.Reasons(Explanation.Failures, width));
        }

        rows.Add(Text.Empty);
        rows.Add(MatchBars.Heading(Texts.Format("MatchScoreLine", Explanation.Score.ToString("0", Texts.Culture),
            Explanation.NewReach.ToString("N0", Texts.Culture)), width));
        rows.AddRange(MatchBars.Components(Explanation.Components, Texts, width, context.Unicode));
        if (Explanation.Reasons.Count > 0)
        {
            rows.Add(Text.Empty);
            rows.Add(MatchBars.Heading(Texts.Get("MatchReasons"), width));
            rows.AddRange(MatchBars.Reasons(Explanation.Reasons, width));
        }

        return new Rows(rows.Take(Math.Max(context.Height, 1)));
    }
}
