using System.Collections.ObjectModel;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Shell;

/// <summary>One entry of a <see cref="NumberedMenu"/>: what it says and one line of explanation shown while selected.</summary>
public sealed record MenuChoice(string Label, string Description);

/// <summary>
/// A menu of numbered entries ("1. Sign in as a member") over a Terminal.Gui <see cref="ListView"/>, with the selected
/// entry's explanation under it: arrows, j/k and g/G move, Enter, a double click or the digit 1–9 chooses. The list's own
/// type-to-search is off (digits choose; letters are keys of the screen).
/// </summary>
public sealed class NumberedMenu : View
{
    private readonly ListView _list;
    private readonly Label _description;
    private readonly IReadOnlyList<MenuChoice> _choices;

    public NumberedMenu(IReadOnlyList<MenuChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        _choices = choices;
        CanFocus = true;
        Width = Dim.Fill();
        Height = choices.Count + 1;
        _list = new ListView { X = 0, Y = 0, Width = Dim.Fill(), Height = choices.Count, KeystrokeNavigator = null };
        _list.SetSource(new ObservableCollection<string>(choices.Select((choice, i) => $"{i + 1}. {choice.Label}")));
        _list.ValueChanged += (_, _) => Describe();
        _list.Accepting += (_, args) =>
        {
            args.Handled = true;
            Choose(Selected);
        };
        _description = new Label { X = 0, Y = choices.Count, Width = Dim.Fill(), Height = 1 };
        Add(_list, _description);
        if (choices.Count > 0)
        {
            _list.SelectedItem = 0;
        }

        Describe();
    }

    /// <summary>An entry was chosen: its position (0-based).</summary>
    public event EventHandler<int>? Chosen;

    /// <summary>The selected entry's position.</summary>
    public int Selected => Math.Clamp(_list.SelectedItem ?? 0, 0, Math.Max(_choices.Count - 1, 0));

    /// <summary>Selects the entry at <paramref name="position"/>.</summary>
    public void Select(int position)
    {
        if (_choices.Count > 0)
        {
            _list.SelectedItem = Math.Clamp(position, 0, _choices.Count - 1);
        }
    }

    /// <summary>Chooses the entry at <paramref name="position"/> as Enter on it would.</summary>
    public void Choose(int position)
    {
        if (position >= 0 && position < _choices.Count)
        {
            Select(position);
            Chosen?.Invoke(this, position);
        }
    }

    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key == Key.Enter)
        {
            Choose(Selected);
            return true;
        }

        var rune = key.AsRune.Value;
        switch (rune)
        {
            case >= '1' and <= '9':
                Choose(rune - '1');
                return true;
            case 'j':
                Select(Selected + 1);
                return true;
            case 'k':
                Select(Selected - 1);
                return true;
            case 'g':
                Select(0);
                return true;
            case 'G':
                Select(_choices.Count - 1);
                return true;
            default:
                return false;
        }
    }

    private void Describe() => _description.Text = _choices.Count == 0 ? "" : "  " + _choices[Selected].Description;

    /// <summary>Its subviews cover it; only the gaps between them are cleared (<see cref="UncoveredClear"/>).</summary>
    protected override bool OnClearingViewport() => UncoveredClear.Gaps(this);
}
