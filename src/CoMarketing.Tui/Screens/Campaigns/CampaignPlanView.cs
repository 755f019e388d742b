using CoMarketing.Core.Campaigns;
using System.Collections.ObjectModel;
using System.Text;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The thin view over <see cref="CampaignPlanModel"/>: the month calendar with the month's holidays and seasons beside
/// it, the publications in a list (Insert adds, Enter edits, +/- moves a day, &lt;/&gt; a week, Delete asks and then
/// Y deletes), and under them the plan for surprises, or the open publication or plan-for-surprises form.
/// F4 edits the plan for surprises, Ctrl+S saves.
/// </summary>
public sealed partial class CampaignPlanView : View, ISavedElsewherePage
{
    // Rows under the list: the plan for surprises (heading and three lines), two warning lines and the message.
    private const int BrowseHeight = 7;

    // The first row under the calendar's legend and the heading: the list, or an open form in its place.
    private const int ListTop = 10;
    private readonly Label _title = new() { X = 6, Width = 22 };
    private readonly Label _marks = new() { X = (7 * PlanCalendar.CellWidth) + 1, Y = 1, Width = Dim.Fill(), Height = 8 };
    private readonly Label _heading = new() { Y = 9, Width = Dim.Fill() };
    private readonly View _browse = new() { Y = Pos.AnchorEnd(BrowseHeight + 1), Width = Dim.Fill(), Height = BrowseHeight };
    private readonly Label _surprises = new() { Y = 1, Width = Dim.Fill(), Height = 3 };
    private readonly Label _warnings = new() { Y = 4, Width = Dim.Fill(), Height = 2 };
    private readonly Label _message = new() { Y = 6, Width = Dim.Fill() };
    private bool _loading;

    public CampaignPlanView(CampaignPlanModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        var texts = model.Format.Texts;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;

        Calendar = new PlanCalendarView(model) { Y = 1 };
        var previous = new Button { Text = "<", NoPadding = true, ShadowStyle = null };
        var next = new Button { X = 28, Text = ">", NoPadding = true, ShadowStyle = null };
        previous.Accepting += (_, e) => Month(-1, e);
        next.Accepting += (_, e) => Month(1, e);
        Calendar.DayChanged += (_, _) =>
        {
            model.SelectCalendarDay();
            Show();
        };
        Calendar.DayAccepted += (_, _) => Act(() => model.BeginAdd(model.Calendar.Day));
        var legend = new Label { Y = 8, Width = Dim.Fill(), Text = texts.Get("CalendarLegend") };
        var calendarKeys = new Label { X = 32, Width = Dim.Fill(), Text = texts.Get("CalendarKeys") };

        // No type-to-search: + - < > move the selected publication instead.
        Publications = new ListView { Y = ListTop, Width = Dim.Fill(), Height = Dim.Fill(BrowseHeight + 1), KeystrokeNavigator = null };
        Publications.ValueChanged += (_, _) =>
        {
            if (!_loading)
            {
                model.Select(Publications.SelectedItem ?? -1);
                Show();
            }
        };
        Publications.Accepting += (_, e) =>
        {
            Act(() => model.BeginEdit());
            e.Handled = true;
        };
        Publications.KeyDown += (_, key) => ListKeys(key);

        _browse.Add(new Label { Width = Dim.Fill(), Text = texts.Get("SurprisesHeading") }, _surprises, _warnings, _message);
        Surprises = _surprises;
        BuildEntryForm();
        BuildSurprisesForm();
        var buttons = Buttons();
        Add(previous, _title, next, calendarKeys, Calendar, _marks, legend, _heading, Publications, _browse, _entryForm, _surprisesForm);
        Add(buttons);
        KeyDown += (_, key) => PageKeys(key);
        Show();
    }

    public CampaignPlanModel Model { get; }

    /// <summary>The month grid.</summary>
    public PlanCalendarView Calendar { get; }

    /// <summary>The publications, one line each, the member's own marked with <c>*</c> and warned ones with <c>!</c>.</summary>
    public ListView Publications { get; }

    /// <summary>The plan for surprises in sentences.</summary>
    public Label Surprises { get; }

    /// <summary>The plan was saved (the workspace takes <see cref="CampaignPlanModel.Campaign"/> as the campaign now).</summary>
    public event EventHandler? Saved;

    private void Save()
    {
        if (Model.Save())
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
        Act(Save);
    }

    void ISavedElsewherePage.Notify(string text) => _message.Text = text;

    private View[] Buttons()
    {
        var texts = Model.Format.Texts;
        var y = Pos.AnchorEnd(1);

        // Compact (no padding, no shadow) so that the row fits the page of an 80-column terminal.
        var add = new Button { Y = y, Text = texts.Get("PlanAdd"), Enabled = Model.CanEdit, NoPadding = true, ShadowStyle = null };
        var edit = new Button { X = Pos.Right(add) + 1, Y = y, Text = texts.Get("PlanEdit"), Enabled = Model.CanEdit, NoPadding = true, ShadowStyle = null };
        var delete = new Button { X = Pos.Right(edit) + 1, Y = y, Text = texts.Get("PlanDelete"), Enabled = Model.CanEdit, NoPadding = true, ShadowStyle = null };
        var surprises = new Button { X = Pos.Right(delete) + 1, Y = y, Text = texts.Get("SurprisesEdit"), Enabled = Model.CanEdit, NoPadding = true, ShadowStyle = null };
        var save = new Button { X = Pos.Right(surprises) + 1, Y = y, Text = texts.Get("Save"), Enabled = Model.CanEdit, NoPadding = true, ShadowStyle = null };
        add.Accepting += (_, e) => Act(() => Model.BeginAdd(), e);
        edit.Accepting += (_, e) => Act(() => Model.BeginEdit(), e);
        delete.Accepting += (_, e) => Act(Model.RequestDelete, e);
        surprises.Accepting += (_, e) => Act(() => Model.BeginSurprises(), e);
        save.Accepting += (_, e) => Act(Save, e);
        return [add, edit, delete, surprises, save];
    }

    private void Month(int months, CommandEventArgs e)
    {
        Calendar.MoveMonths(months);
        e.Handled = true;
    }

    private void ListKeys(Key key)
    {
        var rune = key.AsRune.Value;
        int? days = rune switch { '+' => 1, '-' => -1, '>' => 7, '<' => -7, _ => null };
        if (days is { } step)
        {
            Act(() => Model.Shift(step));
            key.Handled = true;
        }
        else if (key == Key.DeleteChar)
        {
            Act(Model.RequestDelete);
            key.Handled = true;
        }
    }

    private void PageKeys(Key key)
    {
        if (Model.DeletePending)
        {
            Act(key == Key.Y || (key == Key.K && Model.Format.Texts.IsFinnish) ? Model.ConfirmDelete : Model.CancelDelete);
            key.Handled = true;
        }
        else if (key == Key.InsertChar)
        {
            Act(() => Model.BeginAdd());
            key.Handled = true;
        }
        else if (key == Key.F4)
        {
            Act(() => Model.BeginSurprises());
            key.Handled = true;
        }
        else if (key == Key.S.WithCtrl)
        {
            Act(Save);
            key.Handled = true;
        }
        else if (key == Key.Esc && (Model.Draft is not null || Model.SurprisesDraft is not null))
        {
            Act(Model.CloseForms);
            key.Handled = true;
        }
    }

    private void Act(Action action, CommandEventArgs? e = null)
    {
        action();
        Show();
        FocusForm();
        if (e is not null)
        {
            e.Handled = true;
        }
    }

    /// <summary>Puts the model's state on screen.</summary>
    private void Show()
    {
        var texts = Model.Format.Texts;
        _title.Text = Model.Calendar.Title;
        _marks.Text = string.Join("\n", [Model.MonthCount, .. Model.MonthMarkLines]);
        _heading.Text = $"{texts.Format("PlanHeading", Model.Entries.Count)} · {texts.Get("PlanKeys")}";
        Calendar.SetNeedsDraw();

        _loading = true;
        var rows = Model.Rows.Count == 0 ? [texts.Get("PlanNone")] : Model.Rows.Select(Line).ToList();
        if (Model.MyTasks > 0)
        {
            rows.Add(texts.Format("PlanYourTasks", Model.MyTasks));
        }

        Publications.SetSource(new ObservableCollection<string>(rows));
        Publications.SelectedItem = Model.Selected >= 0 ? Model.Selected : null;
        _loading = false;

        _surprises.Text = string.Join("\n", Model.Surprises);
        _warnings.Text = string.Join("\n", Model.Warnings.Select(w => "! " + w));
        _message.Text = MessageText();
        ShowForms();
    }

    private string MessageText()
    {
        var texts = Model.Format.Texts;
        if (Model.DeletePending && Model.Current is { } current)
        {
            return texts.Format("ConfirmDeleteEntry", Model.Format.Date(current.Date), current.Description);
        }

        var text = new StringBuilder(Model.Message ?? Model.ReadOnlyReason ?? string.Empty);
        if (Model.Dirty)
        {
            text.Append(text.Length > 0 ? " " : string.Empty).Append(texts.Get("PlanUnsaved"));
        }

        return text.ToString();
    }

    private string Line(PlanRow row)
    {
        var texts = Model.Format.Texts;
        return $"{(row.Mine ? "*" : " ")}{(row.Warning ? "!" : " ")} {row.Date,-10} {row.Channel,-10} {row.Owner,-24} {row.Description}"
            + (row.Mine ? $" ({texts.Get("PlanYours")})" : string.Empty);
    }
}
