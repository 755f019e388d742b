using CoMarketing.Tui.Screens.Editor;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Pickers;

/// <summary>
/// Chooses any number of entries of a list (interests, municipalities served): the chosen ones beside a search field;
/// while the field has the focus the matching entries are listed under it, each marked [x] when chosen (typed text
/// filters, ↑/↓ move, Enter or a click adds or removes the highlighted entry, Esc clears the search).
/// </summary>
public sealed class MultiPickView : View
{
    private readonly PickList _list = new() { X = 0, Y = 1 };
    private readonly Label _chosen;
    private readonly Action<MultiPickInput> _changed;
    private IReadOnlyList<PickOption> _matches = [];

    public MultiPickView(MultiPickInput input, Action<MultiPickInput> changed, int listRows = 4)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(changed);
        Input = input;
        _changed = changed;
        ListRows = listRows;
        CanFocus = true;
        Width = Dim.Fill();
        Height = 1;
        Search = new TextField { X = 0, Y = 0, Width = 18 };
        _chosen = new Label { X = 19, Y = 0, Width = Dim.Fill() };
        _list.Height = listRows;
        _list.Visible = false;
        _list.Empty = "—";
        Add(Search, _chosen, _list);
        Search.TextChanged += (_, _) => Filter(0);
        Search.KeyDown += (_, key) => key.Handled = OnSearchKey(key);
        _list.Clicked += (_, index) => Toggle(index);
        Search.HasFocusChanged += (_, _) => ShowList(Search.HasFocus);
        Filter(0);
    }

    public MultiPickInput Input { get; private set; }

    public TextField Search { get; }

    public int ListRows { get; }

    public IReadOnlyList<PickOption> Matches => _matches;

    public string ChosenText => _chosen.Text;

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
            Toggle(_list.Highlight);
            return true;
        }

        if (key == Key.Esc && Search.Text.Length > 0)
        {
            Search.Text = "";
            return true;
        }

        return false;
    }

    private void Toggle(int index)
    {
        if (index < 0 || index >= _matches.Count)
        {
            return;
        }

        Input = (MultiPickInput)Input.Toggle(_matches[index].Key).Touch();
        Filter(index);
        _changed(Input);
    }

    private void Filter(int highlight)
    {
        _matches = Input.Search(Search.Text);
        _list.SetRows([.. _matches.Select(option => (Input.Chosen.Contains(option.Key) ? "[x] " : "[ ] ") + option.Display)], highlight);
        var chosen = Input.ChosenOptions.Select(option => option.Label).ToList();
        _chosen.Text = chosen.Count == 0 ? "—" : $"({chosen.Count}) {string.Join(", ", chosen)}";
    }

    private void ShowList(bool show)
    {
        _list.Visible = show;
        Height = show ? 1 + ListRows : 1;
        SuperView?.SetNeedsLayout();
        SetNeedsLayout();
    }
}
