using CoMarketing.Core.Campaigns;
using System.Collections.ObjectModel;
using CoMarketing.Core.Splitting;
using CoMarketing.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The costs page: the items on the left (Insert or Ctrl+N adds and goes to the new item's description, Ctrl+D duplicates, Ctrl+Up/Down moves, Delete asks and then
/// Y deletes, Ctrl+S or the Save button saves), the selected item's fields under them, and the live preview on the right,
/// recomputed on every change.
/// </summary>
public sealed partial class CostItemsView : View, IKeyHints, ISavedElsewherePage
{
    private readonly ListView _items = new() { Y = 1, Width = Dim.Fill(), Height = 4 };
    private readonly FieldRow _description;
    private readonly FieldRow _amount;
    private readonly CheckBox _gross;
    private readonly FieldRow _vat;
    private readonly ListView _rules = new() { X = 14, Y = 12, Width = Dim.Fill(), Height = 2 };
    private readonly ListView _sharers = new() { X = 14, Y = 14, Width = Dim.Fill(), Height = 3 };
    private readonly ListView _payers = new() { X = 14, Y = 17, Width = Dim.Fill(), Height = 2 };
    private readonly FieldRow _inputs;
    private readonly Label _message = new() { Y = 22, Width = Dim.Fill() };
    private readonly Label _preview = new() { X = Pos.Percent(50) + 1, Width = Dim.Fill(), Height = Dim.Fill() };
    private bool _loading;

    public CostItemsView(CostItemsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        var texts = model.Format.Texts;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        var editor = new View { Width = Dim.Percent(50), Height = Dim.Fill(), CanFocus = true };
        editor.Add(new Label { Text = texts.Get("ItemsKeys") }, _items);
        _description = new FieldRow(editor, texts.Get("FieldDescription"), 5, 14, t => Edit(d => d.Description = t));
        _amount = new FieldRow(editor, texts.Get("FieldAmount"), 7, 14, t => Edit(d => d.Amount = t), 16);
        _gross = new CheckBox { X = 32, Y = 7, Text = texts.Get("FieldGross") };
        _gross.ValueChanged += (_, _) => Edit(d => d.AmountIsGross = _gross.Value == CheckState.Checked);
        editor.Add(_gross); // added in screen order: Tab goes down the page
        _vat = new FieldRow(editor, texts.Get("FieldVat"), 9, 14, t => Edit(d => d.Vat = t), 8);
        _rules.SetSource(new ObservableCollection<string>(Enum.GetValues<SplitRule>().Select(r => texts.Get("Rule" + r))));
        _rules.ValueChanged += (_, _) => Edit(d => d.Rule = (SplitRule)(_rules.SelectedItem ?? 0));
        _sharers.KeyDown += (_, key) => ToggleSharer(key);
        _payers.ValueChanged += (_, _) => Edit(d => d.PaidBy = _payers.SelectedItem is > 0 and var i ? model.Campaign.Participants[i - 1] : null);
        editor.Add(new Label { Y = 12, Text = texts.Get("FieldRule") }, _rules, new Label { Y = 14, Text = texts.Get("ColumnPartners") }, _sharers,
            new Label { Y = 17, Text = texts.Get("FieldPaidBy") }, _payers);
        _inputs = new FieldRow(editor, texts.Get("FieldInputs"), 19, 0, t => Edit(d => SetInputs(d, t)), 40);
        _inputs.Field.Y = 20;
        _inputs.Error.Y = 21;
        var save = new Button { Y = 23, Text = texts.Get("Save"), Enabled = model.CanEdit };
        save.Accepting += (_, e) =>
        {
            Save();
            e.Handled = true;
        };
        editor.Add(_message, save);
        _items.ValueChanged += (_, _) =>
        {
            if (_loading)
            {
                return;
            }

            model.Selected = _items.SelectedItem ?? -1;
            LoadCurrent();
        };
        KeyDown += (_, key) => ItemKeys(key);
        Add(editor, _preview);
        if (model.Selected < 0 && model.Items.Count > 0)
        {
            model.Selected = 0; // the first item's fields show at once
        }

        ShowItems();
        LoadCurrent();
    }

    public CostItemsModel Model { get; }

    /// <summary>The preview as drawn (for the shell's status line and for tests).</summary>
    public string PreviewText => _preview.Text;

    public string HintTitle => Model.Campaign.Name;

    /// <summary>The costs page's own keys, for F1 help (the footer keeps the workspace's).</summary>
    public IReadOnlyList<Screens.KeyBinding> HintKeys
    {
        get
        {
            var texts = Model.Format.Texts;
            return
            [
                new("Ctrl+N", texts.Get("KeyAddItem"), InFooter: false),
                new("Ctrl+D", texts.Get("KeyDuplicateItem"), InFooter: false),
                new("Ctrl+↑/↓", texts.Get("KeyMoveItem"), InFooter: false),
                new("Delete", texts.Get("KeyDeleteItem"), InFooter: false),
                new("Space", texts.Get("KeyToggleSharer"), InFooter: false),
            ];
        }
    }

    /// <summary>The line under the fields: a pending deletion, "Saved." or why saving failed.</summary>
    public string Message => _message.Text;

    /// <summary>The items were saved; <see cref="CostItemsModel.Campaign"/> is the campaign as stored now.</summary>
    public event EventHandler? Saved;

    /// <summary>Saves the items and says so on the message line, or says what stopped it; nothing is half-saved.</summary>
    public void Save()
    {
        var error = Model.Save();
        _message.Text = error is null ? Model.Format.Texts.Get("Saved") : "! " + error;
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

    private void Edit(Action<CostItemDraft> change)
    {
        if (_loading || Model.Current is not { } current)
        {
            return;
        }

        change(current);
        Model.Changed();
        ShowItems();
        ShowState();
    }

    private void ItemKeys(Key key)
    {
        if (Model.DeletePending)
        {
            if (key == Key.Y)
            {
                Model.ConfirmDelete();
            }
            else
            {
                Model.CancelDelete();
            }

            key.Handled = true;
        }
        else if (key == Key.S.WithCtrl)
        {
            Save();
            key.Handled = true;
            return;
        }
        else if (key == Key.InsertChar || key == Key.N.WithCtrl) // a text field keeps Insert for itself: Ctrl+N works everywhere
        {
            Model.Add();
            key.Handled = true;
            ShowItems();
            LoadCurrent();
            _description.Field.SetFocus();
            return;
        }
        else if (key == Key.D.WithCtrl)
        {
            Model.Duplicate();
            key.Handled = true;
        }
        else if (key == Key.CursorUp.WithCtrl || key == Key.CursorDown.WithCtrl)
        {
            Model.Move(key == Key.CursorUp.WithCtrl ? -1 : 1);
            key.Handled = true;
        }
        else if (key == Key.DeleteChar && _items.HasFocus)
        {
            Model.RequestDelete();
            key.Handled = true;
        }

        if (key.Handled)
        {
            ShowItems();
            LoadCurrent();
        }
    }

    private void ToggleSharer(Key key)
    {
        if (key != Key.Space || Model.Current is not { } current || _sharers.SelectedItem is not { } i)
        {
            return;
        }

        var id = Model.Campaign.Participants[i];
        var everyone = current.Sharers.Count == 0;
        if (everyone)
        {
            current.Sharers.UnionWith(Model.Campaign.Participants.Where(p => p != id));
        }
        else if (!current.Sharers.Remove(id))
        {
            current.Sharers.Add(id);
        }

        if (current.Sharers.Count == Model.Campaign.Participants.Length)
        {
            current.Sharers.Clear();
        }

        key.Handled = true;
        Model.Changed();
        LoadCurrent();
    }
}
