using System.Collections.ObjectModel;
using CoMarketing.Core.Campaigns;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>The details page: name, goal, dates, partners with search, warnings with a kept reason, and save (the button or Ctrl+S).</summary>
public sealed class CampaignFormView : View, ISavedElsewherePage
{
    private readonly FieldRow _name;
    private readonly FieldRow _target;
    private readonly FieldRow _start;
    private readonly FieldRow _end;
    private readonly ListView _partners = new() { X = 0, Y = 12, Width = Dim.Percent(50) - 1, Height = 5 };
    private readonly ListView _candidates = new() { X = Pos.Percent(50), Y = 12, Width = Dim.Fill(), Height = 5 };
    private readonly Label _warnings = new() { Y = 17, Width = Dim.Fill(), Height = 2 };
    private readonly TextField _reason = new() { X = 20, Y = 19, Width = 30 };
    private readonly Label _message = new() { Y = 20, Width = Dim.Fill() };

    public CampaignFormView(CampaignFormModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        var texts = model.Format.Texts;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        _name = new FieldRow(this, texts.Get("FieldName"), 0, 14, t => model.Name = t) { Field = { Text = model.Name } };
        var goals = new ListView { X = 14, Y = 2, Width = 20, Height = 1 };
        goals.SetSource(new ObservableCollection<string>(Enum.GetValues<CampaignGoalKind>().Select(model.Format.Goal)));
        goals.SelectedItem = (int)model.GoalKind;
        goals.ValueChanged += (_, _) => model.GoalKind = (CampaignGoalKind)(goals.SelectedItem ?? 0);
        Add(new Label { Y = 2, Text = texts.Get("FieldGoal") }, goals);
        _target = new FieldRow(this, texts.Get("FieldTarget"), 3, 14, t => model.Target = t, 12) { Field = { Text = model.Target } };
        _start = new FieldRow(this, texts.Get("FieldStart"), 5, 14, t => model.Start = t, 12) { Field = { Text = model.Start } };
        _end = new FieldRow(this, texts.Get("FieldEnd"), 7, 14, t => model.End = t, 12) { Field = { Text = model.End } };
        var search = new TextField { X = Pos.Percent(50) + 16, Y = 9, Width = Dim.Fill() };
        search.TextChanged += (_, _) =>
        {
            model.Search = search.Text;
            ShowPartners();
        };
        Add(new Label { Y = 9, Width = Dim.Percent(50) - 1, Text = texts.Format("FieldPopulation", model.Format.People(model.Population)) });
        Add(new Label { X = Pos.Percent(50), Y = 9, Text = texts.Get("FieldSearch") }, search);
        Add(new Label { Y = 11, Text = texts.Get("FieldPartners") }, new Label { X = Pos.Percent(50), Y = 11, Text = texts.Get("FieldCandidates") });
        _candidates.Accepting += (_, e) =>
        {
            if (_candidates.SelectedItem is { } i && i < model.Candidates.Count)
            {
                model.AddPartner(model.Candidates[i].Id);
                ShowPartners();
                e.Handled = true;
            }
        };
        _partners.KeyDown += (_, key) =>
        {
            if (key == Key.DeleteChar && _partners.SelectedItem is { } i && i < model.Partners.Count)
            {
                model.RemovePartner(model.Partners[i]);
                ShowPartners();
                key.Handled = true;
            }
        };
        var keep = new Button { X = Pos.Right(_reason) + 1, Y = 19, Text = texts.Get("Keep") };
        keep.Accepting += (_, e) =>
        {
            if (model.OpenWarnings.FirstOrDefault() is { } warning)
            {
                model.Keep(warning.Partner, _reason.Text);
                _reason.Text = string.Empty;
                ShowPartners();
            }

            e.Handled = true;
        };
        var save = new Button { X = Pos.AnchorEnd(), Y = 19, Text = texts.Get("Save"), Enabled = model.CanEdit };
        save.Accepting += (_, e) =>
        {
            Save();
            e.Handled = true;
        };
        KeyDown += (_, key) =>
        {
            if (key == Key.S.WithCtrl && model.CanEdit)
            {
                Save();
                key.Handled = true;
            }
        };
        Add(_partners, _candidates, _warnings, new Label { Y = 19, Text = texts.Get("FieldKeepReason") }, _reason, keep, save, _message);
        ShowPartners();
    }

    public CampaignFormModel Model { get; }

    /// <summary>The campaign was saved (created or updated).</summary>
    public event EventHandler<Campaign>? Saved;

    private void Save()
    {
        var saved = Model.Save();
        ShowErrors();
        if (saved is not null)
        {
            Saved?.Invoke(this, saved);
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

    private void ShowPartners()
    {
        _partners.SetSource(new ObservableCollection<string>(Model.PartnerNames));
        _candidates.SetSource(new ObservableCollection<string>(Model.Candidates.Select(b => b.Name)));
        var texts = Model.Format.Texts;
        _warnings.Text = string.Join("\n", Model.OpenWarnings.Select(w => texts.Format("WarningLine", w.PartnerName, w.OtherName, w.Reason)));
        ShowErrors();
    }

    private void ShowErrors()
    {
        var errors = Model.Errors;
        _name.ShowError(errors, CampaignFormModel.NameField);
        _target.ShowError(errors, CampaignFormModel.TargetField);
        _start.ShowError(errors, CampaignFormModel.StartField);
        _end.ShowError(errors, CampaignFormModel.EndField);
        _message.Text = errors.TryGetValue(CampaignFormModel.PartnersField, out var partners) ? "! " + partners : Model.SaveError is { } error ? "! " + error : string.Empty;
    }
}
