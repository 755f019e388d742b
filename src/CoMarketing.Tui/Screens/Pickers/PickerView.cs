using CoMarketing.Tui.Screens.Editor;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Pickers;

/// <summary>
/// Picks one entry of a reference list (an industry, a municipality), the same in the editor and in registration: the
/// chosen entry beside a search field; while the field has the focus the matching entries are listed under it (typed
/// or pasted text filters, ↑/↓ PgUp/PgDn move, Enter or a click chooses, Esc clears the search).
/// </summary>
public sealed class PickerView : View
{
    private readonly PickList _list = new() { X = 0, Y = 1 };
    private readonly Label _chosen;
    private readonly Func<string, string?>? _noMatch;
    private IReadOnlyList<PickOption> _matches = [];

    /// <param name="input">The field as it is now.</param>
    /// <param name="changed">Gets the field after each choice.</param>
    /// <param name="listRows">Rows of matches shown while searching.</param>
    /// <param name="noMatch">The message when Enter finds nothing for the typed text (e.g. Core's "unknown municipality").</param>
    public PickerView(PickerInput input, Action<PickerInput> changed, int listRows = 4, Func<string, string?>? noMatch = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(changed);
        Input = input;
        _noMatch = noMatch;
        ListRows = listRows;
        CanFocus = true;
        Width = Dim.Fill();
        Height = 1;
        Search = new TextField { X = 0, Y = 0, Width = 18 };
        _chosen = new Label { X = 19, Y = 0, Width = Dim.Fill() };
        _list.Height = listRows;
        _list.Visible = false;
        Add(Search, _chosen, _list);
        Search.TextChanged += (_, _) => Filter();
        Search.KeyDown += (_, key) => key.Handled = OnSearchKey(key);
        _list.Clicked += (_, index) => Choose(index, changed);
        Search.HasFocusChanged += (_, _) => ShowList(Search.HasFocus);
        Changed = changed;
        ShowChosen();
        Filter();
    }

    public PickerInput Input { get; private set; }

    /// <summary>The search field (typing and paste go here).</summary>
    public TextField Search { get; }

    public int ListRows { get; }

    /// <summary>The entries listed for the typed text, best first.</summary>
    public IReadOnlyList<PickOption> Matches => _matches;

    /// <summary>The message for typed text that matched nothing, until the text changes.</summary>
    public string? Problem { get; private set; }

    private Action<PickerInput> Changed { get; }

    /// <summary>The chosen entry as shown beside the search field.</summary>
    public string ChosenText => _chosen.Text;

    /// <summary>Shows <paramref name="input"/> (a restored draft) without telling the form.</summary>
    public void Show(PickerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
        Filter();
    }

    private bool OnSearchKey(Key key)
    {
        if (key == Key.CursorDown || key == Key.CursorUp)
        {
            _list.Move(key == Key.CursorDown ? 1 : -1);
            return true;
        }

        if (key == Key.PageDown || key == Key.PageUp)
        {
            _list.Move(key == Key.PageDown ? _list.PageRows : -_list.PageRows);
            return true;
        }

        if (key == Key.Enter)
        {
            Choose(_list.Highlight, Changed);
            return true;
        }

        if (key == Key.Esc && Search.Text.Length > 0)
        {
            Search.Text = "";
            return true;
        }

        return false;
    }

    private void Choose(int index, Action<PickerInput> changed)
    {
        if (index < 0 || index >= _matches.Count)
        {
            Problem = Search.Text.Trim().Length == 0 ? null : _noMatch?.Invoke(Search.Text);
            ShowChosen();
            return;
        }

        Input = (PickerInput)Input.Choose(_matches[index].Key).Touch();
        Search.Text = "";
        Problem = null;
        ShowChosen();
        changed(Input);
    }

    private void Filter()
    {
        Problem = null;
        _matches = Input.Search(Search.Text);
        var chosen = Input.Chosen is { } c && Search.Text.Length == 0 ? _matches.ToList().IndexOf(c) : 0;
        _list.Empty = _noMatch?.Invoke(Search.Text) ?? "—";
        _list.SetRows([.. _matches.Select(option => option.Display)], Math.Max(chosen, 0));
        ShowChosen();
    }

    private void ShowList(bool show)
    {
        _list.Visible = show;
        Height = show ? 1 + ListRows : 1;
        SuperView?.SetNeedsLayout();
        SetNeedsLayout();
    }

    private void ShowChosen() => _chosen.Text = Problem is { } problem ? "! " + problem : Input.Chosen?.Display ?? "—";
}
