using CoMarketing.Tui.Resources;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Screens.Pickers;

/// <summary>
/// A yes/no question on one line with its answer keys (k/y yes, e/n or Esc no; Enter yes where it is the default). It
/// takes the focus while it waits, so the answer never types into a text field; afterwards the focus goes back.
/// </summary>
public sealed class QuestionView : View
{
    private readonly TuiTexts _texts;
    private Action<bool>? _answer;
    private View? _before;
    private bool _enterMeansYes;
    private Action? _later;
    private string _keys = string.Empty;

    public QuestionView(TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        _texts = texts;
        CanFocus = true;
        Visible = false;
        Width = Dim.Fill();
        Height = 1;
    }

    /// <summary>The question being asked, or null.</summary>
    public string? Question { get; private set; }

    public void Ask(string question, Action<bool> answer, bool enterMeansYes = false) => Ask(question, answer, _texts.ConfirmKeys, enterMeansYes, later: null);

    /// <summary>
    /// Asks with the answer keys explained as <paramref name="keys"/> (e.g. "y = save yours, n = reload theirs, Esc =
    /// later"); with <paramref name="later"/> Esc closes the question without an answer and calls it.
    /// </summary>
    public void Ask(string question, Action<bool> answer, string keys, bool enterMeansYes, Action? later)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(keys);
        Question = question;
        _answer = answer;
        _keys = keys;
        _enterMeansYes = enterMeansYes;
        _later = later;
        _before = App?.Navigation?.GetFocused();
        Visible = true;
        SetFocus();
        SetNeedsDraw();
    }

    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_answer is null)
        {
            return false;
        }

        if (key == Key.Esc && _later is { } later)
        {
            Close();
            later();
            return true;
        }

        var rune = key.AsRune.Value;
        bool? yes = rune is 'k' or 'K' or 'y' or 'Y' ? true
            : rune is 'e' or 'E' or 'n' or 'N' || key == Key.Esc ? false
            : key == Key.Enter && _enterMeansYes ? true
            : null;
        if (yes is { } answer)
        {
            var callback = _answer;
            Close();
            callback(answer);
        }

        return true; // while asking, every other key is swallowed
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        SetAttributeForRole(VisualRole.Focus);
        Move(0, 0);
        AddStr(PickList.Fit($"{Question}  ({_keys})", Viewport.Width));
        return true;
    }

    private void Close()
    {
        _answer = null;
        _later = null;
        Question = null;
        Visible = false;
        if (_before is { } before && before.Visible && before.CanFocus)
        {
            before.SetFocus();
        }
    }
}
