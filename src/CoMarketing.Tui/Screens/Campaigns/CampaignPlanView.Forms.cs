using System.Collections.ObjectModel;
using CoMarketing.Core.Channels;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>The publication form and the plan-for-surprises form, shown in place of the list and the plan for surprises.</summary>
public sealed partial class CampaignPlanView
{
    private readonly View _entryForm = new() { Y = ListTop, Width = Dim.Fill(), Height = Dim.Fill(1), CanFocus = true, Visible = false };
    private readonly View _surprisesForm = new() { Y = ListTop, Width = Dim.Fill(), Height = Dim.Fill(1), CanFocus = true, Visible = false };
    private readonly Label _entryTitle = new() { Width = Dim.Fill() };
    private readonly ListView _channels = new() { Y = 3, Width = 24, Height = 1 };
    private readonly ListView _owners = new() { Y = 6, Width = Dim.Fill(), Height = 1 };
    private readonly Label _ownerError = new() { Y = 7, Width = Dim.Fill() };
    private readonly ListView _responders = new() { Y = 1, Width = Dim.Fill(), Height = 1 };
    private readonly Label _responderError = new() { Y = 2, Width = Dim.Fill() };
    private readonly ListView _pausers = new() { Y = 5, Width = Dim.Fill(), Height = 1 };
    private readonly Label _pauserError = new() { Y = 6, Width = Dim.Fill() };
    private FieldRow? _date;
    private FieldRow? _description;
    private FieldRow? _hours;
    private FieldRow? _contact;

    // The draft the form fields were last filled from: a newly opened form is filled once, then only typed into.
    private object? _shown;

    /// <summary>The publication form (date, channel, description, who posts it).</summary>
    public View EntryForm => _entryForm;

    /// <summary>The plan-for-surprises form.</summary>
    public View SurprisesForm => _surprisesForm;

    private void BuildEntryForm()
    {
        var texts = Model.Format.Texts;
        var x = new[] { "FieldDate", "FieldChannel", "FieldDescription", "FieldOwner" }.Max(k => texts.Get(k).Length) + 1;
        _date = new FieldRow(_entryForm, texts.Get("FieldDate"), 1, x, t => Edit(d => d.Date = t), 12);
        _entryForm.Add(_entryTitle, new Label { Y = 3, Text = texts.Get("FieldChannel") });
        _channels.X = x;
        _channels.SetSource(new ObservableCollection<string>(Enum.GetValues<ChannelKind>().Select(Model.ChannelName)));
        _channels.ValueChanged += (_, _) => Edit(d => d.Channel = (ChannelKind)(_channels.SelectedItem ?? 0));
        _description = new FieldRow(_entryForm, texts.Get("FieldDescription"), 4, x, t => Edit(d => d.Description = t), 60);
        _description.Field.Width = Dim.Fill();
        _owners.X = x;
        _ownerError.X = x;
        _owners.ValueChanged += (_, _) => Edit(d => d.Owner = Person(_owners));
        var ok = new Button { Y = 8, Text = texts.Get("ApplyEntry"), IsDefault = true };
        var cancel = new Button { X = Pos.Right(ok) + 1, Y = 8, Text = texts.Get("CancelEntry") };
        ok.Accepting += (_, e) => Act(() => Model.ApplyEntry(), e);
        cancel.Accepting += (_, e) => Act(Model.CloseForms, e);
        _entryForm.Add(_channels, new Label { Y = 6, Text = texts.Get("FieldOwner") }, _owners, _ownerError, ok, cancel);
    }

    private void BuildSurprisesForm()
    {
        var texts = Model.Format.Texts;
        var x = new[] { "FieldResponder", "FieldHours", "FieldPausedBy", "FieldContact" }.Max(k => texts.Get(k).Length) + 1;
        _surprisesForm.Add(new Label { Width = Dim.Fill(), Text = $"{texts.Get("SurprisesHeading")} · {texts.Get("SurprisesBlankHint")}" });
        _surprisesForm.Add(new Label { Y = 1, Text = texts.Get("FieldResponder") }, new Label { Y = 5, Text = texts.Get("FieldPausedBy") });
        _responders.X = x;
        _responderError.X = x;
        _pausers.X = x;
        _pauserError.X = x;
        _responders.ValueChanged += (_, _) => EditSurprises(d => d.Responder = Person(_responders));
        _pausers.ValueChanged += (_, _) => EditSurprises(d => d.PausedBy = Person(_pausers));
        _hours = new FieldRow(_surprisesForm, texts.Get("FieldHours"), 3, x, t => EditSurprises(d => d.Hours = t), 6);
        _contact = new FieldRow(_surprisesForm, texts.Get("FieldContact"), 7, x, t => EditSurprises(d => d.Contact = t));
        _contact.Field.Width = Dim.Fill();
        var ok = new Button { Y = 9, Text = texts.Get("ApplyEntry"), IsDefault = true };
        var cancel = new Button { X = Pos.Right(ok) + 1, Y = 9, Text = texts.Get("CancelEntry") };
        ok.Accepting += (_, e) => Act(() => Model.ApplySurprises(), e);
        cancel.Accepting += (_, e) => Act(Model.CloseForms, e);
        _surprisesForm.Add(_responders, _responderError, _pausers, _pauserError, ok, cancel);
    }

    private long? Person(ListView list) => list.SelectedItem is { } i && i < Model.People.Count ? Model.People[i].Id : null;

    private void Edit(Action<PlanEntryDraft> change)
    {
        if (!_loading && Model.Draft is { } draft)
        {
            change(draft);
        }
    }

    private void EditSurprises(Action<ContingencyDraft> change)
    {
        if (!_loading && Model.SurprisesDraft is { } draft)
        {
            change(draft);
        }
    }

    /// <summary>Shows the open form (with its fields' errors) or the plan for surprises.</summary>
    private void ShowForms()
    {
        var entry = Model.Draft;
        var surprises = Model.SurprisesDraft;
        var fill = !ReferenceEquals(_shown, (object?)entry ?? surprises);
        _shown = (object?)entry ?? surprises;
        _entryForm.Visible = entry is not null;
        _surprisesForm.Visible = surprises is not null;
        _browse.Visible = entry is null && surprises is null;
        Publications.Visible = _browse.Visible;
        var errors = Model.Errors;
        var people = new ObservableCollection<string>(Model.People.Select(p => p.Name));
        _loading = true;
        if (entry is not null && fill)
        {
            _entryTitle.Text = Model.Format.Texts.Get(Model.EditingExisting ? "PlanEntryEdit" : "PlanEntryNew");
            _date!.Field.Text = entry.Date;
            _channels.SelectedItem = (int)entry.Channel;
            _description!.Field.Text = entry.Description;
            _owners.SetSource(people);
            _owners.SelectedItem = Index(entry.Owner);
        }

        if (surprises is not null && fill)
        {
            _responders.SetSource(people);
            _responders.SelectedItem = Index(surprises.Responder);
            _hours!.Field.Text = surprises.Hours;
            _pausers.SetSource(new ObservableCollection<string>(people));
            _pausers.SelectedItem = Index(surprises.PausedBy);
            _contact!.Field.Text = surprises.Contact;
        }

        _loading = false;
        _date!.ShowError(errors, PlanEntryDraft.DateField);
        _description!.ShowError(errors, PlanEntryDraft.DescriptionField);
        _ownerError.Text = errors.TryGetValue(PlanEntryDraft.OwnerField, out var owner) ? "! " + owner : string.Empty;
        _hours!.ShowError(errors, ContingencyDraft.HoursField);
        _contact!.ShowError(errors, ContingencyDraft.ContactField);
        _responderError.Text = errors.TryGetValue(ContingencyDraft.ResponderField, out var responder) ? "! " + responder : string.Empty;
        _pauserError.Text = errors.TryGetValue(ContingencyDraft.PausedByField, out var pauser) ? "! " + pauser : string.Empty;
    }

    /// <summary>Moves the focus into a form that has just opened, and back to the list when it closes.</summary>
    private void FocusForm()
    {
        if (_entryForm.Visible && !_entryForm.HasFocus)
        {
            _date!.Field.SetFocus();
        }
        else if (_surprisesForm.Visible && !_surprisesForm.HasFocus)
        {
            _responders.SetFocus();
        }
        else if (!_entryForm.Visible && !_surprisesForm.Visible && (_entryForm.HasFocus || _surprisesForm.HasFocus))
        {
            Publications.SetFocus();
        }
    }

    private int Index(long? person)
    {
        for (var i = 0; i < Model.People.Count; i++)
        {
            if (Model.People[i].Id == person)
            {
                return i;
            }
        }

        return 0;
    }
}
