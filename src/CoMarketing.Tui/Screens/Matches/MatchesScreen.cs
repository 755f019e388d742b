using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Matching;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>
/// The ranked partners of a business with score and top reasons. Enter shows one match in full, <c>e</c> asks for a
/// business name and explains why it is or is not a match, <c>g</c> suggests a group of partners.
/// </summary>
public sealed record MatchesScreen : IScreen
{
    /// <summary>How many partners are listed.</summary>
    public const int Top = 50;

    private const int ReasonLines = 3;

    public MatchesScreen(PlannerService service, Business business, IReadOnlyList<PartnerMatch> matches, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(business);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(texts);
        Service = service;
        Business = business;
        Texts = texts;
        List = new ListView<PartnerMatch>(matches, match => match.Partner.Name);
    }

    public PlannerService Service { get; }

    public Business Business { get; }

    public TuiTexts Texts { get; }

    public ListView<PartnerMatch> List { get; private init; }

    /// <summary>The name being typed after <c>e</c>, or null when not asking.</summary>
    public TextField? Asking { get; private init; }

    public static MatchesScreen Create(PlannerService service, Business business, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(business);
        ArgumentNullException.ThrowIfNull(texts);
        var matches = service.Backend.FindPartners(business.Id, Top, BusinessFields.LanguageOf(texts));
        return new MatchesScreen(service, business, matches, texts);
    }

    public string GetTitle(ScreenContext context) => Texts.Format("MatchTitle", Business.Name);

    public string? GetStatus(ScreenContext context) => Texts.Format("MatchCount", List.Count);

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Asking is not null)
        {
            return [new KeyBinding("Enter", Texts.Get("MatchKeyExplainGo")), new KeyBinding("Esc", Texts.Get("MatchKeyCancel"))];
        }

        return
        [
            new KeyBinding("Enter", Texts.Get("MatchKeyDetail")),
            new KeyBinding("e", Texts.Get("MatchKeyExplain")),
            new KeyBinding("g", Texts.Get("MatchKeyGroup")),
            new KeyBinding(context.Unicode ? "↑↓ j/k" : "Up/Down j/k", Texts.KeyMove, InFooter: false),
            new KeyBinding("/", Texts.KeyFilter, InFooter: false),
        ];
    }

    public ScreenResult Handle(KeyPress key, ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Asking is { } asking)
        {
            return HandleAsking(key, asking);
        }

        if (!List.IsFiltering)
        {
            if (key.Is(Key.Enter) && List.SelectedItem is { } match)
            {
                return ScreenResult.Push(this, new MatchDetailScreen(Business, match, Texts));
            }

            if (key.Is('e'))
            {
                return ScreenResult.Stay(this with { Asking = new TextField(maxLength: 100) });
            }

            if (key.Is('g'))
            {
                return ScreenResult.Push(this, GroupScreen.Create(Service, Business, GroupScreen.DefaultSize, Texts));
            }
        }

        return List.TryHandle(key, ListHeight(context), out var list) ? ScreenResult.Stay(this with { List = list }) : ScreenResult.Unhandled(this);
    }

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var width = context.Width;
        var rows = new List<IRenderable>();
        if (Asking is { } asking)
        {
            var label = Texts.Get("MatchAskName") + " ";
            rows.Add(TextFieldView.AppendTo(new Paragraph().Append(label, Styles.Header), asking, Math.Max(width - label.Length, 8), focused: true));
        }
        else if (List.Items.Count == 0)
        {
            rows.Add(new Text(TextFit.Fit(Texts.Get("MatchNone"), width), Styles.Dim));
            return new Rows(rows);
        }

        rows.Add(ListRenderer.Render(List, match => Row(match, width - 2), width, ListHeight(context), Texts, context.Unicode));
        if (List.SelectedItem is { } selected)
        {
            rows.Add(new Text(TextFit.Fit(Texts.Format("MatchWhy", selected.Partner.Name), width), Styles.Header));
            foreach (var reason in selected.Reasons.Take(ReasonLines))
            {
                rows.Add(new Text(TextFit.Fit("  • " + reason, width)));
            }
        }

        return new Rows(rows);
    }

    private string Row(PartnerMatch match, int width)
    {
        var score = match.Score.ToString("0", Texts.Culture).PadLeft(3);
        var reason = match.Reasons.Count > 0 ? match.Reasons[0] : "";
        var name = TextFit.Pad(match.Partner.Name, Math.Min(28, Math.Max(width / 3, 10)));
        return TextFit.Fit($"{score}  {name}  {reason}", width);
    }

    private int ListHeight(ScreenContext context) => Math.Max(context.Height - ReasonLines - 1 - (Asking is null ? 0 : 1), 3);

    private ScreenResult HandleAsking(KeyPress key, TextField asking)
    {
        if (key.Is(Key.Escape))
        {
            return ScreenResult.Stay(this with { Asking = null });
        }

        if (!key.Is(Key.Enter))
        {
            asking.TryHandle(key, out var next);
            return ScreenResult.Stay(this with { Asking = next });
        }

        var name = asking.Text.Trim();
        var all = Service.GetBusinesses().Where(b => b.Id != Business.Id).ToList();
        var exact = all.Where(b => string.Equals(b.Name, name, StringComparison.CurrentCultureIgnoreCase)).ToList();
        var found = exact.Count > 0 ? exact : all.Where(b => b.Name.Contains(name, StringComparison.CurrentCultureIgnoreCase)).ToList();
        if (name.Length == 0 || found.Count == 0)
        {
            return ScreenResult.Message(this, Texts.Format("MatchNoSuchBusiness", name), MessageKind.Warning);
        }

        if (found.Count > 1)
        {
            var names = string.Join(", ", found.Take(3).Select(b => b.Name));
            return ScreenResult.Message(this, Texts.Format("MatchAmbiguous", found.Count, names), MessageKind.Warning);
        }

        try
        {
            var explanation = Service.Backend.Explain(Business.Id, found[0].Id, BusinessFields.LanguageOf(Texts));
            return ScreenResult.Push(this with { Asking = null }, new ExplainScreen(explanation, Texts));
        }
        catch (DomainException exception)
        {
            return ScreenResult.Message(this, exception.Message, MessageKind.Error);
        }
    }
}
