using CoMarketing.Tui.Application;
using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Screens.Pickers;
using CoMarketing.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Register;

/// <summary>
/// Registration over <see cref="RegisterModel"/> as one form: name, optional Y-tunnus, industry and municipality (the
/// editor's <see cref="PickerView"/>), customers, PIN twice and Register. Tab moves, Enter in the last PIN field or
/// Ctrl+S registers, Esc leaves (asking first when something was typed). After registering, the overview opens with
/// the new member signed in.
/// </summary>
public sealed class RegisterView : View, IKeyHints, IHoldsDrafts
{
    private const int LabelWidth = 18;
    private readonly AreaContext _area;
    private readonly Dictionary<string, FieldRowView> _rows = new(StringComparer.Ordinal);
    private readonly Label _message;

    public RegisterView(AreaContext area)
    {
        ArgumentNullException.ThrowIfNull(area);
        _area = area;
        Model = new RegisterModel(area.Shell);
        var t = Model.Texts;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        var hint = new Label { X = 0, Y = 0, Width = Dim.Fill(), Text = t.PinChoose };
        Add(hint);
        View previous = hint;
        foreach (var field in Model.Fields.Fields)
        {
            var row = new FieldRowView(field.Label, Control(field), LabelWidth) { X = 0, Y = Pos.Bottom(previous) };
            _rows[field.Name] = row;
            Add(row);
            previous = row;
        }

        Pin = PinBox(t.PinPrompt, RegisterModel.PinField, text => Model.Pin = text, ref previous);
        PinAgain = PinBox(t.PinRepeat, RegisterModel.PinAgainField, text => Model.PinAgain = text, ref previous);
        PinAgain.KeyDown += (_, key) =>
        {
            if (key == Key.Enter)
            {
                Submit();
                key.Handled = true;
            }
        };
        var register = new Button { X = LabelWidth, Y = Pos.Bottom(previous), Text = t.Get("RegButton") };
        register.Accepting += (_, e) =>
        {
            Submit();
            e.Handled = true;
        };
        Question = new QuestionView(t) { X = 0, Y = Pos.AnchorEnd(2) };
        _message = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Text = "" };
        Add(register, Question, _message);
        var focusPending = true;
        HasFocusChanged += (_, e) =>
        {
            if (e.NewValue && focusPending && SuperView is not null)
            {
                focusPending = false;
                (Question.Visible ? Question : _rows[FieldNames.Name].Input).SetFocus();
            }
        };
        if (Model.OfferKeptDraft())
        {
            Ask(enterMeansYes: true);
        }
    }

    public RegisterModel Model { get; }

    public TextField Pin { get; }

    public TextField PinAgain { get; }

    public QuestionView Question { get; }

    public string Message => _message.Text;

    public string HintTitle => Model.Texts.RegisterTitle;

    public IReadOnlyList<KeyBinding> HintKeys
    {
        get
        {
            var t = Model.Texts;
            return
            [
                new("Tab", t.KeyNextField),
                new("Ctrl+S", t.KeySave),
                new("↑↓ Enter", t.Get("EdKeyPick")),
                new("Shift+Tab", t.KeyPreviousField, InFooter: false),
                new("Esc", t.KeyCancel, InFooter: false),
            ];
        }
    }

    public IEnumerable<IHasDraft> Drafts => [Model];

    public FieldRowView Row(string name) => _rows[name];

    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key == Key.S.WithCtrl)
        {
            Submit();
            return true;
        }

        if (key == Key.Esc)
        {
            if (Model.AskLeave())
            {
                _area.Navigation.Back();
            }
            else
            {
                Ask();
            }

            return true;
        }

        return false;
    }

    private View Control(IEditorField field)
    {
        var validate = new EditorValidation(Model.Texts);
        var reference = Model.Backend.Reference;
        switch (field)
        {
            case PickerInput picker:
                Func<string, string?> noMatch = picker.Name == FieldNames.Municipality
                    ? text => validate.Municipality(reference, text)
                    : text => Model.Texts.Format("EdNoMatch", text.Trim());
                return new PickerView(picker, Changed, noMatch: noMatch);
            case ChoiceInput choice:
                return new ChoiceView(choice, Changed);
            case TextInput text:
                var box = new TextField { Width = Math.Min(text.MaxLength + 1, 40), Text = text.Text };
                box.TextChanged += (_, _) => Changed(Model.Fields[text.Name].WithValue(box.Text));
                box.HasFocusChanged += (_, e) =>
                {
                    if (!e.NewValue)
                    {
                        Changed(Model.Fields[text.Name].Touch());
                    }
                };
                return box;
            default:
                throw new ArgumentException($"No view for the field '{field.Name}'.", nameof(field));
        }
    }

    private TextField PinBox(string label, string name, Action<string> changed, ref View previous)
    {
        var box = new TextField { Width = 10, Secret = true };
        box.TextChanged += (_, _) =>
        {
            var digits = new string([.. box.Text.Where(char.IsAsciiDigit).Take(8)]);
            if (digits != box.Text)
            {
                box.Text = digits;
                return;
            }

            changed(digits);
        };
        var row = new FieldRowView(label, box, LabelWidth) { X = 0, Y = Pos.Bottom(previous) };
        _rows[name] = row;
        Add(row);
        previous = row;
        return box;
    }

    private void Changed(IEditorField field)
    {
        Model.Replace(field);
        ShowErrors();
    }

    private void Submit()
    {
        var registered = Model.Register();
        if (registered is null)
        {
            Pin.Text = Model.Pin;
            PinAgain.Text = Model.PinAgain;
            ShowErrors();
            var first = Model.Fields.FirstInvalid is { } invalid ? _rows[invalid.Name].Input
                : Model.PinErrors.Count > 0 ? Pin
                : null;
            if (first is PickerView picker)
            {
                picker.Search.SetFocus();
            }
            else
            {
                first?.SetFocus();
            }

            return;
        }

        var welcome = Model.Welcome(registered);
        var overview = AreaCatalogue.Entries.First(entry => entry.Title == "MenuOverview");
        _area.Navigation.Reset(overview.Open(_area));
        _area.Navigation.Notify(welcome);
    }

    private void ShowErrors()
    {
        foreach (var field in Model.Fields.Fields)
        {
            _rows[field.Name].ShowError(field.Touched ? field.Error : null);
        }

        _rows[RegisterModel.PinField].ShowError(Model.PinErrors.GetValueOrDefault(RegisterModel.PinField));
        _rows[RegisterModel.PinAgainField].ShowError(Model.PinErrors.GetValueOrDefault(RegisterModel.PinAgainField));
        _message.Text = Model.Problem is { } problem ? $"{Model.Texts.MessageError}: {problem}" : "";
        SetNeedsDraw();
    }

    private void Ask(bool enterMeansYes = false)
    {
        if (Model.QuestionText is not { } text)
        {
            return;
        }

        Question.Ask(text, yes =>
        {
            if (Model.Answer(yes))
            {
                _area.Navigation.Back();
                return;
            }

            foreach (var field in Model.Fields.Fields)
            {
                Refill(_rows[field.Name].Input, field);
            }

            ShowErrors();
        }, enterMeansYes);
    }

    /// <summary>Puts a restored draft's values back into the inputs.</summary>
    private void Refill(View input, IEditorField field)
    {
        switch (input)
        {
            case TextField box:
                box.Text = field.Value;
                break;
            case PickerView picker:
                picker.Show((PickerInput)field);
                break;
            case ChoiceView choice:
                choice.Show((ChoiceInput)field);
                break;
        }
    }
}
