using CoMarketing.Tui.Shell;
using Terminal.Gui.Text;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TgKey = Terminal.Gui.Input.Key;

namespace CoMarketing.Tui.Screens.Welcome;

/// <summary>
/// Creating the association over <see cref="CreateAssociationModel"/>: name, population, the coordinator's PIN twice
/// (masked). Enter moves to the next field and on the last one saves; each field's problem shows under it.
/// </summary>
public sealed class CreateAssociationView : View, IKeyHints
{
    private readonly AreaContext _area;
    private readonly TextField[] _fields;
    private readonly Dictionary<string, Label> _errors = [];
    private readonly Label _problem;

    public CreateAssociationView(AreaContext area)
    {
        ArgumentNullException.ThrowIfNull(area);
        _area = area;
        Model = new CreateAssociationModel(area.Shell);
        var texts = area.Texts;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        string[] labels = [texts.FieldAssociationName, texts.FieldPopulation, texts.PinPrompt, texts.PinRepeat];
        var labelWidth = labels.Max(label => label.GetColumns()) + 2;
        var intro = new Label { X = 0, Y = 0, Width = Dim.Fill(), Height = 2, Text = texts.PinChoose };
        intro.TextFormatter.WordWrap = true;
        Add(intro);
        string[] names = [CreateAssociationModel.NameField, CreateAssociationModel.PopulationField, CreateAssociationModel.PinField, CreateAssociationModel.RepeatField];
        string[] values = [Model.Name, Model.Population, "", ""];
        _fields = new TextField[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var y = 3 + (i * 3);
            Add(new Label { X = 0, Y = y, Text = labels[i] });
            _fields[i] = new TextField { X = labelWidth, Y = y, Width = i < 2 ? 40 : 10, Text = values[i], Secret = i >= 2 };
            _errors[names[i]] = new Label { X = 2, Y = y + 1, Width = Dim.Fill(), Height = 2, Text = "" };
            _errors[names[i]].TextFormatter.WordWrap = true;
            Add(_fields[i], _errors[names[i]]);
        }

        _problem = new Label { X = 0, Y = 15, Width = Dim.Fill(), Height = 2, Text = "" };
        _problem.TextFormatter.WordWrap = true;
        Add(_problem);
    }

    public CreateAssociationModel Model { get; }

    public string HintTitle => _area.Texts.CreateAssociationTitle;

    public IReadOnlyList<KeyBinding> HintKeys =>
        [new("Tab", _area.Texts.KeyNextField), new("Enter", _area.Texts.KeySave), new("Esc", _area.Texts.KeyBack)];

    /// <summary>Takes the fields into the model and saves; on success the overview opens with the message.</summary>
    public bool Save()
    {
        Model.Name = _fields[0].Text;
        Model.Population = _fields[1].Text;
        Model.Pin = _fields[2].Text;
        Model.Repeat = _fields[3].Text;
        var created = Model.Save();
        foreach (var (field, line) in _errors)
        {
            line.Text = Model.Errors.TryGetValue(field, out var error) ? $"↳ {error}" : "";
        }

        _problem.Text = Model.Problem ?? "";
        if (created is null)
        {
            _fields[2].Text = "";
            _fields[3].Text = "";
            var first = Array.FindIndex(_fields, f => _errors[NameOf(f)].Text.Length > 0);
            _fields[first < 0 ? 2 : first].SetFocus();
            return false;
        }

        _area.Navigation.Home(created);
        return true;
    }

    protected override bool OnKeyDown(TgKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key != TgKey.Enter)
        {
            return false;
        }

        var focused = Array.FindIndex(_fields, field => field.HasFocus);
        if (focused >= 0 && focused < _fields.Length - 1)
        {
            _fields[focused + 1].SetFocus();
            return true;
        }

        Save();
        return true;
    }

    private string NameOf(TextField field) => Array.IndexOf(_fields, field) switch
    {
        0 => CreateAssociationModel.NameField,
        1 => CreateAssociationModel.PopulationField,
        2 => CreateAssociationModel.PinField,
        _ => CreateAssociationModel.RepeatField,
    };
}
