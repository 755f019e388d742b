using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.SignIn;

/// <summary>Member sign-in, step one: pick the business from the members (<c>/</c> searches), Enter asks for its PIN.</summary>
public sealed record PickBusinessScreen : IScreen
{
    private const int HintLines = 2;

    private PickBusinessScreen(PlannerShell shell, ListView<Business> list)
    {
        Shell = shell;
        List = list;
    }

    public PlannerShell Shell { get; }

    public ListView<Business> List { get; private init; }

    public static PickBusinessScreen Create(PlannerShell shell)
    {
        ArgumentNullException.ThrowIfNull(shell);
        return new PickBusinessScreen(shell, new ListView<Business>(shell.Backend.GetBusinesses(), business => business.Name));
    }

    public string GetTitle(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Texts.PickBusinessTitle;
    }

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        return
        [
            new KeyBinding(context.Unicode ? "↑↓" : "Up/Down", texts.KeyMove),
            new KeyBinding("/", texts.KeyFilter),
            new KeyBinding("Enter", texts.KeySelect),
            new KeyBinding("j/k", texts.KeyMove, InFooter: false),
            new KeyBinding("g/G", texts.KeyFirstLast, InFooter: false),
            new KeyBinding("PgUp/PgDn", texts.KeyPage, InFooter: false),
        ];
    }

    public ScreenResult Handle(KeyPress key, ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (key.Is(Key.Enter) && List.SelectedItem is { } business)
        {
            return ScreenResult.Push(this, PinScreen.ForMember(Shell, business));
        }

        return List.TryHandle(key, ListHeight(context), out var list)
            ? ScreenResult.Stay(this with { List = list })
            : ScreenResult.Unhandled(this);
    }

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Rows(
            new Text(TextFit.Fit(context.Texts.PickBusinessHint, context.Width), Styles.Dim),
            Text.Empty,
            ListRenderer.Render(List, business => business.Name, context.Width, ListHeight(context), context.Texts, context.Unicode));
    }

    private static int ListHeight(ScreenContext context) => Math.Max(context.Height - HintLines, 1);
}
