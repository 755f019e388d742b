using CoMarketing.Tui.Shell;
using Terminal.Gui.Text;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TgKey = Terminal.Gui.Input.Key;

namespace CoMarketing.Tui.Screens.SignIn;

/// <summary>
/// The PIN prompt over <see cref="PinModel"/>: a masked field that takes digits only (at most eight), Enter tries it,
/// a wrong PIN or a pause is said under it. Success opens the overview for the signed-in account.
/// </summary>
public sealed class PinView : View, IKeyHints
{
    private readonly AreaContext _area;
    private readonly Label _problem;
    private readonly Label _next;
    private string _accepted = "";

    public PinView(AreaContext area, PinModel model)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(model);
        _area = area;
        Model = model;
        var texts = area.Texts;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        var hint = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = 2, Text = texts.PinHint };
        hint.TextFormatter.WordWrap = true;
        var prompt = new Label { X = 0, Y = 2, Text = texts.PinPrompt + ":" };
        Field = new TextField { X = prompt.Text.GetColumns() + 1, Y = 2, Width = PinModel.MaxDigits + 2, Secret = true };
        Field.TextChanged += (_, _) => KeepDigits();
        _problem = new Label { X = 0, Y = 4, Width = Dim.Fill(), Height = 2, Text = "" };
        _problem.TextFormatter.WordWrap = true;
        _next = new Label { X = 0, Y = 6, Width = Dim.Fill(), Text = "" };
        Add(hint, prompt, Field, _problem, _next);
    }

    public PinModel Model { get; }

    /// <summary>The masked PIN field.</summary>
    public TextField Field { get; }

    public string HintTitle => Model.Title;

    public IReadOnlyList<KeyBinding> HintKeys =>
    [
        new("0-9", _area.Texts.PinPrompt),
        new("Enter", _area.Texts.KeySignIn),
        new("Backspace", _area.Texts.KeyErase),
        new("Esc", _area.Texts.KeyBack),
    ];

    /// <summary>Tries the typed PIN; the field is emptied either way.</summary>
    public void Submit()
    {
        var pin = Field.Text;
        _accepted = "";
        Field.Text = "";
        if (Model.Submit(pin) is { } signedIn)
        {
            _area.Navigation.Home(signedIn);
            return;
        }

        _problem.Text = Model.Problem ?? "";
        _next.Text = Model.NextAttempt ?? "";
        Field.SetFocus();
    }

    protected override bool OnKeyDown(TgKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key != TgKey.Enter)
        {
            return false;
        }

        Submit();
        return true;
    }

    private void KeepDigits()
    {
        if (PinModel.Accepts(Field.Text))
        {
            _accepted = Field.Text;
        }
        else
        {
            Field.Text = _accepted;
            Field.MoveEnd();
        }
    }
}
