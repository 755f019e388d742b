using System.Collections.ObjectModel;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The status page: the current status, the moves allowed, a reason field (needed to reopen) and the change (the button,
/// Enter on a status, or Ctrl+S).
/// </summary>
public sealed class CampaignStatusView : View
{
    private readonly Label _now = new() { Width = Dim.Fill() };
    private readonly ListView _choices = new() { X = 16, Y = 2, Width = 24, Height = 5 };
    private readonly TextField _reason = new() { Y = 8, Width = 50 };
    private readonly Label _message = new() { Y = 12, Width = Dim.Fill() };

    public CampaignStatusView(CampaignStatusModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        var texts = model.Format.Texts;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        var change = new Button { Y = 10, Text = texts.Get("ChangeStatus") };
        change.Accepting += (_, e) =>
        {
            Change();
            e.Handled = true;
        };
        _choices.Accepting += (_, e) =>
        {
            Change();
            e.Handled = true;
        };
        KeyDown += (_, key) =>
        {
            if (key == Key.S.WithCtrl)
            {
                Change();
                key.Handled = true;
            }
        };
        Add(_now, new Label { Y = 2, Text = texts.Get("FieldNewStatus") }, _choices, new Label { Y = 7, Text = texts.Get("FieldReason") }, _reason, change, _message);
        Show();
    }

    public CampaignStatusModel Model { get; }

    /// <summary>The status was changed (the shell refreshes its lists).</summary>
    public event EventHandler? Changed;

    /// <summary>Moves the campaign to the chosen status (the button, Enter on the choice, or Ctrl+S) and says how it went.</summary>
    private void Change()
    {
        if (_choices.SelectedItem is not { } i || i >= Model.Choices.Count)
        {
            return;
        }

        _message.Text = Model.Change(Model.Choices[i], _reason.Text) is { } refusal ? "! " + refusal : Model.Format.Texts.Get("Saved");
        Changed?.Invoke(this, EventArgs.Empty);
        Show();
    }

    private void Show()
    {
        var format = Model.Format;
        _now.Text = format.Texts.Format("StatusNow", format.Status(Model.Campaign.Status));
        _choices.SetSource(new ObservableCollection<string>(Model.Choices.Select(s => format.Status(s) + (Model.NeedsReason(s) ? " *" : string.Empty))));
        _choices.SelectedItem = Model.Choices.Count > 0 ? 0 : null;
        if (Model.Choices.Count == 0)
        {
            _message.Text = format.Texts.Get("StatusReadOnly");
        }
    }
}
