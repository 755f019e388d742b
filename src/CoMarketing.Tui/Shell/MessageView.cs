using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TgKey = Terminal.Gui.Input.Key;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// A message on its own (an error, a notice, "saved"): its kind in words before the text, so it reads without colour;
/// Enter, Esc or Space closes it.
/// </summary>
public sealed class MessageView : View, IKeyHints
{
    private readonly TuiTexts _texts;
    private readonly Action _close;

    public MessageView(TuiTexts texts, string title, string text, MessageKind kind, Action close)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(close);
        _texts = texts;
        _close = close;
        HintTitle = title;
        Kind = kind;
        Text = kind switch
        {
            MessageKind.Error => $"{texts.MessageError}: {text}",
            MessageKind.Warning => $"{texts.MessageWarning}: {text}",
            MessageKind.Success => $"{texts.MessageSuccess}: {text}",
            _ => text,
        };
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        var body = new Label { X = 1, Y = 1, Width = Dim.Fill(1), Height = Dim.Fill(1), Text = Text };
        body.TextFormatter.WordWrap = true;
        Add(body);
    }

    public MessageKind Kind { get; }

    public string HintTitle { get; }

    public IReadOnlyList<KeyBinding> HintKeys => [new("Enter", _texts.KeyClose)];

    protected override bool OnKeyDown(TgKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key == TgKey.Enter || key == TgKey.Esc || key == TgKey.Space)
        {
            _close();
            return true;
        }

        return false;
    }
}
