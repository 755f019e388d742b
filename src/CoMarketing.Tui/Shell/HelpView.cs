using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TgKey = Terminal.Gui.Input.Key;

namespace CoMarketing.Tui.Shell;

/// <summary>F1 help: every key of the view it was opened over and the window's own; any key closes it.</summary>
public sealed class HelpView : View, IKeyHints
{
    private readonly Action _close;

    public HelpView(TuiTexts texts, string title, IReadOnlyList<KeyBinding> keys, Action close)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(close);
        _close = close;
        HintTitle = texts.Format(nameof(TuiTexts.HelpTitle), title);
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        var width = keys.Count == 0 ? 0 : keys.Max(key => key.Keys.Length);
        var lines = keys.Select(key => $"  {key.Keys.PadRight(width)}  {key.Description}");
        Add(new Label { X = 0, Y = 0, Text = string.Join('\n', lines) });
        Add(new Label { X = 0, Y = Pos.AnchorEnd(1), Text = texts.HelpClose });
    }

    public string HintTitle { get; }

    public IReadOnlyList<KeyBinding> HintKeys => [];

    protected override bool OnKeyDown(TgKey key)
    {
        _close();
        return true;
    }
}
