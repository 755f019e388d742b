using CoMarketing.Core.Campaigns;
using System.Collections.ObjectModel;
using CoMarketing.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The results page: the month (typed, or Alt+PgUp/PgDn and the buttons; Ctrl+PgUp/PgDn stay the workspace's page
/// keys), one row per participant and the whole campaign's sum, the selected participant's fields with their errors
/// under them, Ctrl+S or the button to save, and the figures below.
/// </summary>
public sealed class CampaignResultsView : View, IKeyHints, ISavedElsewherePage
{
    private const int LabelWidth = 17;
    private const int FieldWidth = 10;
    private const int Column = 29;

    private readonly TextField _month = new() { X = 10, Width = 9 };
    // One line each: a long message is cut at the edge rather than wrapped over the line below.
    private readonly Label _monthName = new() { Width = Dim.Fill(), Height = 1 };
    private readonly Label _note = new() { Y = 1, Width = Dim.Fill(), Height = 1 };
    private readonly Label _header = new() { Y = 2, Width = Dim.Fill(), Height = 1 };
    private readonly ListView _rows = new() { Y = 3, Width = Dim.Fill() };
    private readonly Dictionary<string, TextField> _fields = [];
    private readonly List<(Label Line, string[] Fields)> _errors = [];
    private readonly Label _message = new() { Width = Dim.Fill(), Height = 1 };
    private readonly ListView _figures = new() { Width = Dim.Fill(), Height = Dim.Fill() };
    private bool _loading;

    public CampaignResultsView(CampaignResultsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        var texts = model.Format.Texts;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;

        // No shadows: a button's shadow would cover the line under it (the month's note, the revenue's error).
        var previous = new Button { X = Pos.Right(_month) + 1, Text = texts.Get("ResultsPrevious"), ShadowStyle = ShadowStyles.None };
        var next = new Button { X = Pos.Right(previous) + 1, Text = texts.Get("ResultsNext"), ShadowStyle = ShadowStyles.None };
        previous.Accepting += (_, e) => Step(-1, e);
        next.Accepting += (_, e) => Step(1, e);
        _monthName.X = Pos.Right(next) + 1;
        _month.TextChanged += (_, _) => TypeMonth();
        Add(new Label { Text = texts.Get("ResultsMonth") }, _month, previous, next, _monthName, _note, _header, _rows);

        var height = Math.Min(model.Campaign.Participants.Length + 1, 6);
        _rows.Height = height;
        _rows.ValueChanged += (_, _) =>
        {
            if (!_loading)
            {
                LoadSelected();
            }
        };
        var y = 3 + height;
        string[][] lines = [[ResultRowDraft.ReachedField, ResultRowDraft.InterestedField], [ResultRowDraft.LeadsField, ResultRowDraft.NewCustomersField], [ResultRowDraft.RevenueField]];
        foreach (var line in lines)
        {
            for (var i = 0; i < line.Length; i++)
            {
                var name = line[i];
                var field = new TextField { X = (i * Column) + LabelWidth, Y = y, Width = name == ResultRowDraft.RevenueField ? 14 : FieldWidth };
                field.TextChanged += (_, _) => Edit(name, field.Text);
                _fields[name] = field;
                Add(new Label { X = i * Column, Y = y, Text = Caption(name) + ":" }, field);
            }

            var error = new Label { Y = y + 1, Width = Dim.Fill(), Height = 1 };
            _errors.Add((error, line));
            Add(error);
            y += 2;
        }

        SaveButton = new Button { X = Column + LabelWidth, Y = y - 2, Text = texts.Get("Save"), Enabled = model.CanEdit, ShadowStyle = ShadowStyles.None };
        SaveButton.Accepting += (_, e) =>
        {
            Save();
            e.Handled = true;
        };
        _message.Y = y;
        _figures.Y = y + 2;
        Add(SaveButton, _message, new Label { Y = y + 1, Width = Dim.Fill(), Height = 1, Text = texts.Get("FiguresHeading") }, _figures);
        _message.Text = model.ReadOnlyReason ?? texts.Get("ResultsKeys");
        KeyDown += (_, key) =>
        {
            if (key == Key.PageUp.WithAlt || key == Key.PageDown.WithAlt)
            {
                Step(key == Key.PageUp.WithAlt ? -1 : 1, null);
                key.Handled = true;
            }
            else if (key == Key.S.WithCtrl)
            {
                Save();
                key.Handled = true;
            }
        };
        ShowAll();
    }

    public CampaignResultsModel Model { get; }

    /// <summary>The save button (disabled for whoever may not record results).</summary>
    public Button SaveButton { get; }

    public string HintTitle => Model.Campaign.Name;

    /// <summary>The results page's own keys, for F1 help (the footer keeps the workspace's).</summary>
    public IReadOnlyList<Screens.KeyBinding> HintKeys => [new("Alt+PgUp/PgDn", Model.Format.Texts.Get("KeyMonth"), InFooter: false)];

    /// <summary>The line under the fields: "Saved.", why saving failed, or why the page is read-only.</summary>
    public string Message => _message.Text;

    /// <summary>The results were saved; <see cref="CampaignResultsModel.Campaign"/> is the campaign as stored now.</summary>
    public event EventHandler? Saved;

    /// <summary>Saves every changed month and says so on the message line, or says what stopped it; nothing is half-saved.</summary>
    public void Save()
    {
        var error = Model.Save();
        _message.Text = error is null ? Model.Format.Texts.Get("Saved") : "! " + error;
        ShowAll();
        if (error is null)
        {
            Saved?.Invoke(this, EventArgs.Empty);
        }
        else if (Model.RefusedAsSavedElsewhere)
        {
            SavedElsewhere?.Invoke(this, EventArgs.Empty);
        }
    }

    public event EventHandler? SavedElsewhere;

    void ISavedElsewherePage.SaveOnto(Campaign stored)
    {
        Model.Rebase(stored);
        Save();
    }

    void ISavedElsewherePage.Notify(string text) => _message.Text = text;

    /// <summary>The figures as drawn, one line each (for tests and the shell).</summary>
    public IReadOnlyList<string> FigureLines { get; private set; } = [];

    /// <summary>The field of the selected participant named <paramref name="name"/> (one of <see cref="ResultRowDraft.Fields"/>).</summary>
    public TextField Field(string name) => _fields[name];

    private int Selected => _rows.SelectedItem ?? 0;

    private ResultRowDraft? Current => Selected < Model.Rows.Count ? Model.Rows[Selected] : null;

    private string Caption(string field) => Model.Format.Texts.Get("Column" + field);

    private void Step(int direction, CommandEventArgs? e)
    {
        Model.Step(direction);
        _loading = true;
        _month.Text = Model.MonthText;
        _loading = false;
        ShowAll();
        if (e is not null)
        {
            e.Handled = true;
        }
    }

    private void TypeMonth()
    {
        if (!_loading)
        {
            Model.TypeMonth(_month.Text);
            ShowAll(keepMonthText: true);
        }
    }

    private void Edit(string field, string text)
    {
        if (_loading || Current is not { } row)
        {
            return;
        }

        row[field] = text;
        Model.Changed();
        ShowRows();
        ShowErrors();
        ShowFigures();
    }

    private void ShowAll(bool keepMonthText = false)
    {
        if (!keepMonthText)
        {
            _loading = true;
            _month.Text = Model.MonthText;
            _loading = false;
        }

        var texts = Model.Format.Texts;
        _monthName.Text = Model.MonthName;
        _note.Text = Model.MonthError is { } error ? "! " + error
            : Model.OtherPeriodResults > 0 ? texts.Format("ResultsOtherPeriods", Model.OtherPeriodResults) : string.Empty;
        ShowRows();
        LoadSelected();
        ShowFigures();
    }

    private void ShowRows()
    {
        var format = Model.Format;
        var names = Model.Rows.Select(r => Model.PartnerName(r.Participant)).Append(format.Texts.Get("WholeCampaign")).ToList();
        var width = Math.Clamp(names.Max(n => n.Length), 12, 20);
        var widths = ResultRowDraft.Fields.Select(f => Math.Max(Caption(f).Length, 9)).ToArray();
        _header.Text = Line(string.Empty, [.. ResultRowDraft.Fields.Select(Caption)], string.Empty);
        var total = Model.MonthTotal;
        var lines = Model.Rows
            .Select((r, i) => Line(names[i], [.. ResultRowDraft.Fields.Select(f => r[f].Trim())], Model.ErrorsOf(r.Participant).Count > 0 ? " !" : string.Empty))
            .Append(Line(names[^1], [format.People(total.Reached), format.People(total.Interested), format.People(total.Leads), format.People(total.NewCustomers), format.Euros(total.Revenue)], string.Empty));
        var selected = _rows.SelectedItem;
        _loading = true;
        _rows.SetSource(new ObservableCollection<string>(lines));
        _rows.SelectedItem = selected ?? 0;
        _loading = false;

        string Line(string name, string[] cells, string mark)
            => (name.Length > width ? name[..(width - 1)] + "…" : name).PadRight(width) + string.Concat(cells.Select((c, i) => " " + c.PadLeft(widths[i]))) + mark;
    }

    private void LoadSelected()
    {
        _loading = true;
        var total = Model.MonthTotal;
        var format = Model.Format;
        foreach (var (name, field) in _fields)
        {
            field.Text = Current is { } row ? row[name] : name switch
            {
                ResultRowDraft.ReachedField => format.People(total.Reached),
                ResultRowDraft.InterestedField => format.People(total.Interested),
                ResultRowDraft.LeadsField => format.People(total.Leads),
                ResultRowDraft.NewCustomersField => format.People(total.NewCustomers),
                _ => format.Euros(total.Revenue),
            };
            field.Enabled = Model.CanEdit && Current is not null;
        }

        _loading = false;
        ShowErrors();
    }

    private void ShowErrors()
    {
        var errors = Current is { } row ? Model.ErrorsOf(row.Participant) : new Dictionary<string, string>();
        foreach (var (line, fields) in _errors)
        {
            var messages = fields.Where(errors.ContainsKey).Select(f => errors[f]).ToList();
            line.Text = messages.Count == 0 ? string.Empty : "! " + string.Join(" · ", messages);
        }
    }

    private void ShowFigures()
    {
        var format = Model.Format;
        if (Model.Economics is not { } economics)
        {
            FigureLines = [format.Texts.Format("FiguresNoSplit", Model.SplitError ?? string.Empty)];
        }
        else
        {
            FigureLines =
            [
                .. ResultsFigures.Lines(format.Texts.Get("WholeCampaign"), economics.Total, format),
                .. economics.Participants.SelectMany(p => ResultsFigures.Lines(Model.PartnerName(p.BusinessId), p.Metrics, format)),
            ];
        }

        _figures.SetSource(new ObservableCollection<string>(FigureLines));
    }
}
