using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Screens.Matches;
using CoMarketing.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Businesses;

/// <summary>
/// The members as a Terminal.Gui table over <see cref="BusinessTableModel"/>: <c>/</c> opens the filter (typed or
/// pasted text filters as it comes; Enter or ↓ back to the table, Esc clears it), <c>s</c>/<c>S</c> sort, Enter or a
/// double click opens a business (the editor where the session may edit it, else its profile), <c>m</c> its matches,
/// <c>n</c> a new business (coordinator). The table's own type-to-search is off: it scans every row.
/// </summary>
public sealed class BusinessesView : View, IKeyHints
{
    private const int NameColumn = 0;
    private readonly AreaContext _area;
    private readonly Label _count;
    private readonly TextField _filter;
    private bool _closed;

    /// <summary>The list over members already read into <paramref name="model"/>.</summary>
    public BusinessesView(AreaContext area, BusinessTableModel model)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(model);
        _area = area;
        Model = model;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        _count = new Label { X = 0, Y = 0, Width = Dim.Fill(), Text = Model.CountText };
        _filter = new TextField { X = 0, Y = 1, Width = Dim.Fill(), Visible = false };
        _filter.TextChanged += (_, _) => ApplyFilter();
        Table = new LineClearedTable(new BusinessTableSource(Model))
        {
            X = 0,
            Y = Pos.Bottom(_filter),
            Width = Dim.Fill(),
            Height = Dim.Fill(),
            FullRowSelect = true,
            CollectionNavigator = null,
        };
        Table.Style.ExpandLastColumn = false;
        Table.Accepted += (_, _) => OpenSelected();
        Add(_count, _filter, Table);
        FrameChanged += (_, _) => FitColumns();
        FitColumns();
    }

    public BusinessTableModel Model { get; private set; }

    /// <summary>The list, read behind a spinner where the association is big (<see cref="LoadingView"/>).</summary>
    public static View Open(AreaContext area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return LoadingView.Open(
            area,
            area.Texts.Get("BizTitle"),
            members => area.Texts.Quantity("LoadingMembers", members),
            () => new BusinessTableModel(Load(area), area.Texts),
            model => new BusinessesView(area, model));
    }

    public TableView Table { get; }

    protected override bool OnClearingViewport() => UncoveredClear.Gaps(this);

    /// <summary>The business on the selected row, if any row is shown.</summary>
    public BusinessListItem? Selected => Model.Count == 0 ? null : Model.Row(Math.Clamp(Table.Value?.SelectedCell.Y ?? 0, 0, Model.Count - 1));

    public string HintTitle => _area.Texts.Get("BizTitle");

    public IReadOnlyList<KeyBinding> HintKeys
    {
        get
        {
            var t = _area.Texts;
            var keys = new List<KeyBinding> { new("Enter", t.Get("BizKeyOpen")), new("m", t.Get("BizKeyMatches")), new("/", t.KeyFilter), new("s", t.KeySort) };
            if (_area.Service.Session.IsCoordinator)
            {
                keys.Add(new KeyBinding("n", t.Get("BizKeyNew")));
            }

            keys.Add(new KeyBinding("S", t.KeySortReverse, InFooter: false));
            keys.Add(new KeyBinding("↑↓ PgUp/PgDn Home/End", t.KeyMove, InFooter: false));
            return keys;
        }
    }

    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_filter.HasFocus)
        {
            return FilterKey(key);
        }

        var rune = key.AsRune.Value;
        switch (rune)
        {
            case '/':
                _filter.Visible = true;
                _filter.SetFocus();
                return true;
            case 's' or 'S':
                Model.SortNext(reverse: rune == 'S');
                Refresh();
                return true;
            case 'm' when Selected is { } item:
                _area.Navigation.Open(MatchesView.Open(_area, item.Business));
                return true;
            case 'n' when _area.Service.Session.IsCoordinator:
                _area.Navigation.Open(BusinessEditorView.Open(_area, null, _ => Reload()));
                return true;
        }

        return false;
    }

    private bool FilterKey(Key key)
    {
        if (key == Key.Esc)
        {
            _filter.Text = "";
            _filter.Visible = false;
            Table.SetFocus();
            return true;
        }

        if (key == Key.Enter || key == Key.CursorDown)
        {
            Table.SetFocus();
            return true;
        }

        return false;
    }

    private void ApplyFilter()
    {
        Model.SetFilter(_filter.Text);
        Refresh();
    }

    /// <summary>Shows the model's rows again after a filter, a sort or a reload; the window around the list (title, name, key hints) is unchanged, so it is not refreshed at every key (a member's name was read from the store each time).</summary>
    private void Refresh()
    {
        _count.Text = Model.CountText;
        Table.Table = new BusinessTableSource(Model);
        Table.SetSelection(0, 0, false);
        Table.RefreshContentSize();
        SetNeedsDraw();
    }

    private void OpenSelected()
    {
        if (Selected is not { } item)
        {
            return;
        }

        if (_area.Service.GetBusiness(item.Business.Id) is null)
        {
            var texts = _area.Texts;
            _area.Navigation.Open(new MessageView(texts, texts.Get("BizTitle"), texts.Format("BizGone", item.Business.Id), MessageKind.Warning, _area.Navigation.Back));
            return;
        }

        _area.Navigation.Open(BusinessOpener.Open(_area, item.Business.Id, _ => Reload()));
    }

    /// <summary>The last <see cref="Reload"/> on the thread pool (tests wait on it).</summary>
    public Task Reloading { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// Reads the businesses again (after a save in the editor opened from here), keeping the filter and sort. A big
    /// association is read on the thread pool: the rows stay as they were, the count line says that they are being read,
    /// and the new rows replace them when read.
    /// </summary>
    public void Reload()
    {
        if (Model.Total < _area.Shell.BackgroundLoadFrom)
        {
            Model = Model.Reloaded(Load(_area));
            Refresh();
            return;
        }

        var area = _area;
        var texts = area.Texts;
        _count.Text = texts.Quantity("LoadingMembers", Model.Total);
        Reloading = Task.Run(() => Load(area)).ContinueWith(
            done => area.Navigation.Invoke(() =>
            {
                if (_closed)
                {
                    return;
                }

                if (!done.IsCompletedSuccessfully)
                {
                    _count.Text = texts.Format("LoadingFailed", texts.Message(done.Exception!.GetBaseException()));
                    return;
                }

                Model = Model.Reloaded(done.Result);
                Refresh();
            }),
            TaskScheduler.Default);
    }

    protected override void Dispose(bool disposing)
    {
        _closed = true;
        base.Dispose(disposing);
    }

    private static BusinessListItem[] Load(AreaContext area)
    {
        ArgumentNullException.ThrowIfNull(area);
        var reference = area.Service.Backend.Reference;
        return [.. area.Service.GetBusinesses().Select(b => BusinessListItem.From(b, reference, area.Texts))];
    }

    /// <summary>The name gets the room first: the other columns are capped so that at 60 columns names still show.</summary>
    private void FitColumns()
    {
        var width = Math.Max(Frame.Width, 40);
        var others = width < 80 ? 9 : width < 120 ? 14 : 24;
        for (var column = 1; column < Model.Headers.Count; column++)
        {
            var style = Table.Style.GetOrCreateColumnStyle(column);
            style.MaxWidth = others;
        }

        Table.Style.GetOrCreateColumnStyle(NameColumn).MinWidth = Math.Min(30, width - 4 * (others + 1) - 2);
    }
}
