using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Screens.Pickers;
using CoMarketing.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>
/// The business editor over <see cref="BusinessEditorModel"/>: F2 Profile, F3 Audience, F4 Channels (PgUp/PgDn too);
/// Tab moves between fields, text fields take every printable key (<c>?</c> too; F1 is help) and pasted text; Ctrl+S
/// saves, Ctrl+N scales the age bands to 100 %, Esc leaves (asking first when something is unsaved).
/// </summary>
public sealed partial class BusinessEditorView : View, IKeyHints, IHoldsDrafts
{
    internal const int LabelWidth = 18;

    private readonly AreaContext _area;
    private readonly Action<Business>? _saved;
    private readonly Label _tabs;
    private readonly Label _message;
    private readonly Dictionary<string, FieldRowView> _rows = new(StringComparer.Ordinal);
    private View _page;
    private bool _focusPending;
    private bool _rebuilding;

    /// <param name="area">The planner around the view.</param>
    /// <param name="model">The editor's state.</param>
    /// <param name="saved">Called after each save (e.g. the list below reloads).</param>
    public BusinessEditorView(AreaContext area, BusinessEditorModel model, Action<Business>? saved = null)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(model);
        _area = area;
        _saved = saved;
        Model = model;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        _tabs = new Label { X = 0, Y = 0, Width = Dim.Fill() };
        _page = new View();
        Question = new QuestionView(model.Texts) { X = 0, Y = Pos.AnchorEnd(2) };
        _message = new Label { X = 0, Y = Pos.AnchorEnd(1), Width = Dim.Fill(), Text = "" };
        Add(_tabs, Question, _message);
        HasFocusChanged += (_, e) =>
        {
            if (e.NewValue && _focusPending)
            {
                _focusPending = false;
                FocusFirst();
            }
        };
        ShowSection();
        if (model.OfferKeptDraft())
        {
            AskModel(enterMeansYes: true);
        }
    }

    /// <summary>Opens the editor over <paramref name="business"/> (null: a new one), offering a kept draft first.</summary>
    public static BusinessEditorView Open(AreaContext area, Business? business, Action<Business>? saved = null)
    {
        ArgumentNullException.ThrowIfNull(area);
        return new BusinessEditorView(area, new BusinessEditorModel(area.Service, business), saved);
    }

    public BusinessEditorModel Model { get; }

    /// <summary>The yes/no line (leave, remove a channel, continue a kept draft).</summary>
    public QuestionView Question { get; }

    /// <summary>The message line's text (saved, or why not).</summary>
    public string Message => _message.Text;

    public string HintTitle => Model.IsDirty ? $"{Model.Title} · {Model.Texts.Get("EdUnsaved")}" : Model.Title;

    public IEnumerable<IHasDraft> Drafts => [Model];

    /// <summary>The row of the field <paramref name="name"/> on the section shown.</summary>
    public FieldRowView Row(string name) => _rows[name];

    /// <summary>Shows <paramref name="section"/>.</summary>
    public void ShowSection(EditorSection section)
    {
        Model.Section = section;
        ShowSection();
    }

    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key == Key.S.WithCtrl)
        {
            Save();
            return true;
        }

        if (SectionFor(key) is { } section)
        {
            if (Model.ChannelForm is null || section != Model.Section)
            {
                ShowSection(section);
            }

            return true;
        }

        if (key == Key.N.WithCtrl && Model.Section == EditorSection.Audience)
        {
            Model.Normalise();
            ShowSection();
            return true;
        }

        if (key == Key.Esc)
        {
            Leave();
            return true;
        }

        return false;
    }

    private EditorSection? SectionFor(Key key) =>
        key == Key.F2 ? EditorSection.Profile
        : key == Key.F3 ? EditorSection.Audience
        : key == Key.F4 ? EditorSection.Channels
        : key == Key.PageDown && Model.ChannelForm is null ? (EditorSection)(((int)Model.Section + 1) % 3)
        : key == Key.PageUp && Model.ChannelForm is null ? (EditorSection)(((int)Model.Section + 2) % 3)
        : null;

    private void Leave()
    {
        if (Model.ChannelForm is not null)
        {
            Model.CancelChannel();
            ShowSection();
            return;
        }

        if (Model.AskLeave())
        {
            _area.Navigation.Back();
            return;
        }

        AskModel();
    }

    private void Save()
    {
        var saved = Model.Save();
        ShowSection();
        if (saved is not null)
        {
            _saved?.Invoke(saved);
        }

        AskModel(); // someone else saved it meanwhile: theirs or these changes?
    }

    /// <summary>Asks the model's open question; the answer goes back to the model.</summary>
    private void AskModel(bool enterMeansYes = false)
    {
        if (Model.QuestionText is not { } text)
        {
            return;
        }

        void Answered(bool yes)
        {
            if (Model.Answer(yes))
            {
                _area.Navigation.Back();
                return;
            }

            ShowSection();
            if (Model.JustSaved is { } saved)
            {
                _saved?.Invoke(saved);
            }

            AskModel(); // kept over a save that came in meanwhile again: asked again
        }

        if (Model.Question == EditorQuestion.SavedElsewhere)
        {
            Question.Ask(text, Answered, Model.Texts.Get("SavedElsewhereKeys"), enterMeansYes: false, later: () =>
            {
                Model.DecideLater();
                ShowSection();
            });
        }
        else
        {
            Question.Ask(text, Answered, enterMeansYes);
        }

        Refresh();
    }

    private void ShowSection()
    {
        var t = Model.Texts;
        string Tab(EditorSection section, string key, string name) => Model.Section == section ? $"[{key} {name}]" : $" {key} {name} ";
        _tabs.Text = string.Join(" ", Tab(EditorSection.Profile, "F2", t.Get("EdTabProfile")), Tab(EditorSection.Audience, "F3", t.Get("EdTabAudience")),
            Tab(EditorSection.Channels, "F4", t.Get("EdTabChannels")));
        _rows.Clear();
        _rebuilding = true;
        Remove(_page);
        _page.Dispose();
        _rebuilding = false;
        _page = Model.Section switch
        {
            EditorSection.Profile => FieldsPage(Model.Profile, null),
            EditorSection.Audience => AudiencePage(),
            _ => ChannelsPage(),
        };
        _page.X = 0;
        _page.Y = 1;
        _page.Width = Dim.Fill();
        _page.Height = Dim.Fill(2);
        _page.CanFocus = true;
        Add(_page);
        FocusFirst();
        Refresh();
    }

    private void FocusFirst()
    {
        if (SuperView is null)
        {
            _focusPending = true; // not shown yet: focus the first field once the window gives this view the focus
            return;
        }

        if (Question.Visible)
        {
            Question.SetFocus();
            return;
        }

        var invalid = Model.Section switch
        {
            EditorSection.Profile => Model.Profile.Fields.FirstOrDefault(f => f.Touched && f.Error is not null),
            EditorSection.Audience => Model.Audience.Fields.FirstOrDefault(f => f.Touched && f.Error is not null),
            _ => null,
        };
        if (invalid is not null && _rows.TryGetValue(invalid.Name, out var row))
        {
            row.Input.SetFocus();
            FocusInside(row.Input);
        }
        else if (_rows.Count > 0 && Model.Section != EditorSection.Channels || Model.ChannelForm is not null)
        {
            var first = _rows.Values.First().Input;
            first.SetFocus();
            FocusInside(first);
        }
        else
        {
            _page.SetFocus();
            _page.FocusDeepest(NavigationDirection.Forward, null);
        }
    }

    private static void FocusInside(View input)
    {
        if (input is PickerView picker)
        {
            picker.Search.SetFocus();
        }
        else if (input is MultiPickView multi)
        {
            multi.Search.SetFocus();
        }
    }

    /// <summary>Shows each touched field's message, the age total, the message line and the title.</summary>
    private void Refresh()
    {
        foreach (var (name, row) in _rows)
        {
            var field = Model.Section == EditorSection.Channels && Model.ChannelForm is { } form ? form.Fields[name] : Model.Field(name);
            row.ShowError(field.Touched ? field.Error : null);
        }

        _total?.SetText(Model);
        var t = Model.Texts;
        _message.Text = Model.Message is not { } message ? ""
            : Model.MessageKind == MessageKind.Error ? $"{t.MessageError}: {message}"
            : Model.MessageKind == MessageKind.Success ? $"{t.MessageSuccess}: {message}"
            : message;
        SetNeedsDraw();
        _area.Navigation.Refresh();
    }

    /// <summary>One field changed in a view: into the model, messages and title refreshed.</summary>
    private void Changed(IEditorField field)
    {
        if (_rebuilding)
        {
            return; // a view of the page being replaced lost the focus: the model is newer than its field
        }

        Model.ClearMessage();
        if (Model.Section == EditorSection.Channels)
        {
            Model.SetChannelField(field.Name, field.Value);
        }
        else
        {
            Model.Replace(field);
        }

        Refresh();
    }
}
