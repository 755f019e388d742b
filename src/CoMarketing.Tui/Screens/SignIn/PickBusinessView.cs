using System.Collections.ObjectModel;
using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;
using TgKey = Terminal.Gui.Input.Key;

namespace CoMarketing.Tui.Screens.SignIn;

/// <summary>
/// Member sign-in, step one, over <see cref="PickBusinessModel"/>: the members' names; <c>/</c> opens the search (typed or
/// pasted text narrows the list as it comes; Enter takes the selected business, Esc clears the search), Enter or a
/// double click on a name asks for that business's PIN.
/// </summary>
public sealed class PickBusinessView : View, IKeyHints
{
    private readonly AreaContext _area;
    private readonly TextField _filter;

    /// <summary>The names of the members already read into <paramref name="model"/>.</summary>
    public PickBusinessView(AreaContext area, PickBusinessModel model)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(model);
        _area = area;
        Model = model;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        var hint = new Label { X = 0, Y = 0, Width = Dim.Fill(), Text = area.Texts.PickBusinessHint };
        _filter = new TextField { X = 0, Y = 1, Width = Dim.Fill(), Visible = false };
        _filter.TextChanged += (_, _) => ApplyFilter();
        List = new ListView { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(), KeystrokeNavigator = null };
        List.Accepting += (_, args) =>
        {
            args.Handled = true;
            Choose();
        };
        Add(hint, _filter, List);
        Show();
    }

    public PickBusinessModel Model { get; }

    /// <summary>The names, read behind a spinner where the association is big (<see cref="LoadingView"/>).</summary>
    public static View Open(AreaContext area)
    {
        ArgumentNullException.ThrowIfNull(area);
        var backend = area.Shell.Backend;
        return LoadingView.Open(
            area,
            area.Texts.PickBusinessTitle,
            members => area.Texts.Quantity("LoadingMembers", members),
            () => new PickBusinessModel(backend.GetBusinesses(), area.Texts),
            model => new PickBusinessView(area, model));
    }

    public ListView List { get; }

    /// <summary>The business on the selected row, if any is listed.</summary>
    public Business? Selected => Model.Rows.Count == 0 ? null : Model.Rows[Math.Clamp(List.SelectedItem ?? 0, 0, Model.Rows.Count - 1)];

    public string HintTitle => _area.Texts.PickBusinessTitle;

    public IReadOnlyList<KeyBinding> HintKeys =>
    [
        new("↑↓", _area.Texts.KeyMove),
        new("/", _area.Texts.KeyFilter),
        new("Enter", _area.Texts.KeySelect),
        new("PgUp/PgDn", _area.Texts.KeyPage, InFooter: false),
    ];

    /// <summary>Asks for the selected business's PIN.</summary>
    public void Choose()
    {
        if (Selected is { } business)
        {
            _area.Navigation.Open(new PinView(_area, PinModel.ForMember(_area.Shell, business)));
        }
    }

    protected override bool OnKeyDown(TgKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_filter.HasFocus)
        {
            if (key == TgKey.Esc)
            {
                _filter.Text = "";
                _filter.Visible = false;
                List.SetFocus();
                return true;
            }

            if (key == TgKey.Enter)
            {
                Choose();
                return true;
            }

            if (key == TgKey.CursorDown)
            {
                List.SetFocus();
                return true;
            }

            return false;
        }

        if (key == TgKey.Enter)
        {
            Choose();
            return true;
        }

        if (key.AsRune.Value == '/')
        {
            _filter.Visible = true;
            _filter.SetFocus();
            return true;
        }

        return false;
    }

    private void ApplyFilter()
    {
        Model.SetFilter(_filter.Text);
        Show();
    }

    private void Show()
    {
        List.SetSource(new ObservableCollection<string>(Model.Rows.Select(b => b.Name)));
        if (Model.Rows.Count > 0)
        {
            List.SelectedItem = 0;
        }

        SetNeedsDraw();
    }
}
