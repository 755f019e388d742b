using System.Collections.ObjectModel;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>Putting the model's state on screen.</summary>
public sealed partial class CostItemsView
{
    /// <summary>Reads "2; 1; 1" as the rule's inputs of the partners in order; a blank entry leaves that partner out.</summary>
    private void SetInputs(CostItemDraft draft, string text)
    {
        draft.Inputs.Clear();
        var parts = text.Split(';');
        var partners = Model.Campaign.Participants;
        for (var i = 0; i < parts.Length && i < partners.Length; i++)
        {
            if (parts[i].Trim().Length > 0)
            {
                draft.Inputs[partners[i]] = parts[i].Trim();
            }
        }
    }

    private void ShowItems()
    {
        var format = Model.Format;
        var selected = Model.Selected;
        _loading = true;
        _items.SetSource(new ObservableCollection<string>(Model.Items.Select((d, i) =>
            $"{i + 1}. {(d.Description.Length == 0 ? "…" : d.Description)}  {d.Amount}{(Model.ErrorsOf(i).Count > 0 ? "  !" : string.Empty)}")));
        if (selected >= 0)
        {
            _items.SelectedItem = selected;
        }

        Model.Selected = selected;
        _loading = false;

        var pending = Model.DeletePending && Model.Current is { } current
            ? format.Texts.Format("ConfirmDelete", current.Description) + " (Y/N)"
            : null;
        _message.Text = pending ?? string.Empty;
        _preview.Text = string.Join("\n", Campaigns.PreviewText.Lines(Model));
    }

    private void LoadCurrent()
    {
        _loading = true;
        try
        {
            var current = Model.Current;
            var texts = Model.Format.Texts;
            var names = Model.Campaign.Participants.Select(id => Model.PartnerName(id)).ToList();
            _description.Field.Text = current?.Description ?? string.Empty;
            _amount.Field.Text = current?.Amount ?? string.Empty;
            _gross.Value = current?.AmountIsGross == true ? CheckState.Checked : CheckState.UnChecked;
            _vat.Field.Text = current?.Vat ?? string.Empty;
            _rules.SelectedItem = current is null ? null : (int)current.Rule;
            _sharers.SetSource(new ObservableCollection<string>(Model.Campaign.Participants.Select((id, i) =>
                $"[{(current is not null && (current.Sharers.Count == 0 || current.Sharers.Contains(id)) ? "x" : " ")}] {names[i]}")));
            _payers.SetSource(new ObservableCollection<string>([texts.Get("PaidByAssociation"), .. names]));
            _payers.SelectedItem = current?.PaidBy is { } payer ? Model.Campaign.Participants.IndexOf(payer) + 1 : 0;
            _inputs.Field.Text = current is null ? string.Empty : string.Join("; ", Model.Campaign.Participants.Select(id => current.Inputs.GetValueOrDefault(id, string.Empty)));
        }
        finally
        {
            _loading = false;
        }

        ShowState();
    }

    private void ShowState()
    {
        var errors = Model.ErrorsOf(Model.Selected);
        _description.ShowError(errors, CostItemDraft.DescriptionField);
        _amount.ShowError(errors, CostItemDraft.AmountField);
        _vat.ShowError(errors, CostItemDraft.VatField);
        _inputs.ShowError(errors, errors.ContainsKey(CostItemDraft.SharersField) ? CostItemDraft.SharersField : CostItemDraft.InputsField);
        _preview.Text = string.Join("\n", Campaigns.PreviewText.Lines(Model));
    }
}
