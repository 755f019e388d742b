using CoMarketing.Tui.Input;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens;

/// <summary>A message in a panel (an error, a notice, "saved"); Enter, Esc or Space closes it.</summary>
public sealed record MessageScreen(string Title, string Text, MessageKind Kind = MessageKind.Info) : IScreen
{
    public string GetTitle(ScreenContext context) => Title;

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [new KeyBinding("Enter", context.Texts.KeyClose)];
    }

    public ScreenResult Handle(KeyPress key, ScreenContext context) =>
        key.Is(Key.Enter) || key.Is(Key.Escape) || key.Is(' ') ? ScreenResult.Pop(this) : ScreenResult.Unhandled(this);

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var style = Kind switch
        {
            MessageKind.Error => new Style(Color.Red),
            MessageKind.Warning => new Style(Color.Yellow),
            MessageKind.Success => new Style(Color.Green),
            _ => Style.Plain,
        };
        return new Panel(new Text(Text))
            .Header(Title)
            .Border(BoxBorder.Rounded)
            .BorderStyle(style)
            .Expand();
    }
}
