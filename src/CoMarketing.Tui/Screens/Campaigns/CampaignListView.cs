using CoMarketing.Tui.Application;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The campaign list as a Terminal.Gui view: a filter field over a table of status, dates, partners, total gross and
/// (for a member) its own share. Enter on a row raises <see cref="Opened"/> with the campaign's id; the "new" button
/// raises <see cref="NewRequested"/>; "results report" (or Ctrl+R) raises <see cref="ReportRequested"/>. The shell decides what to open.
/// </summary>
public sealed class CampaignListView : View
{
    private readonly TextField _filter;
    private readonly TableView _table;

    public CampaignListView(PlannerService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        Model = new CampaignListModel(service);
        var texts = Model.Format.Texts;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        var label = new Label { Text = texts.Get("ListFilter") };
        _filter = new TextField { X = Pos.Right(label) + 1, Width = 30 };
        _filter.TextChanged += (_, _) => ApplyFilter(_filter.Text);
        var create = new Button { X = Pos.Right(_filter) + 2, Text = texts.Get("ListNew"), Enabled = Model.CanCreate };
        create.Accepting += (_, e) =>
        {
            NewRequested?.Invoke(this, EventArgs.Empty);
            e.Handled = true;
        };
        var report = new Button { X = Pos.Right(create) + 1, Text = texts.Get("ReportOpen"), Enabled = !service.Session.IsGuest };
        report.Accepting += (_, e) =>
        {
            ReportRequested?.Invoke(this, EventArgs.Empty);
            e.Handled = true;
        };
        KeyDown += (_, key) =>
        {
            if (key == Key.R.WithCtrl && report.Enabled)
            {
                ReportRequested?.Invoke(this, EventArgs.Empty);
                key.Handled = true;
            }
        };
        _table = new TableView { Y = 2, Width = Dim.Fill(), Height = Dim.Fill(), FullRowSelect = true, UseAllRowsForContentCalculation = true };
        _table.Accepting += (_, e) =>
        {
            if (SelectedId is { } id)
            {
                Opened?.Invoke(this, id);
                e.Handled = true;
            }
        };
        _filter.KeyDown += (_, key) =>
        {
            if (key == Key.CursorDown || key == Key.Enter)
            {
                _table.SetFocus(); // from the filter to its result, as in the business list
                key.Handled = true;
            }
        };

        // The table comes first: the list opens on the campaigns (↑↓ and Enter), Tab reaches the filter and the buttons.
        Add(label, _table, _filter, create, report);
        Show();
    }

    public CampaignListModel Model { get; }

    /// <summary>A row was chosen: the campaign's id.</summary>
    public event EventHandler<long>? Opened;

    /// <summary>The "new campaign" button was pressed.</summary>
    public event EventHandler? NewRequested;

    /// <summary>The "results report" button or Ctrl+R was pressed.</summary>
    public event EventHandler? ReportRequested;

    /// <summary>The id of the campaign on the selected row, or null.</summary>
    public long? SelectedId
    {
        get
        {
            var rows = Model.Rows;
            var row = _table.Value?.SelectedCell.Y ?? 0;
            return row >= 0 && row < rows.Count ? rows[row].Campaign.Id : null;
        }
    }

    /// <summary>Narrows the list (the same as typing in the filter field).</summary>
    public void ApplyFilter(string text)
    {
        Model.Filter = text;
        Show();
    }

    /// <summary>Reads the campaigns again (after a save in a workspace).</summary>
    public void Reload()
    {
        Model.Refresh();
        Show();
    }

    private void Show()
    {
        var format = Model.Format;
        var texts = format.Texts;
        var columns = new Dictionary<string, Func<CampaignRow, object>>
        {
            [texts.Get("ColumnName")] = r => r.Campaign.Name,
            [texts.Get("ColumnStatus")] = r => format.Status(r.Campaign.Status),
            [texts.Get("ColumnDates")] = r => $"{format.Date(r.Campaign.Start)}–{format.Date(r.Campaign.End)}",
            [texts.Get("ColumnGross")] = r => r.TotalGross is { } gross ? format.Euros(gross) : texts.Get("NotSplit"),
        };
        if (Model.ShowsOwnShare)
        {
            columns[texts.Get("ColumnOwnShare")] = r => r.OwnShare is { } own ? format.Euros(own) : texts.Get("NotSplit");
        }

        columns[texts.Get("ColumnPartners")] = r => string.Join(", ", r.Partners);

        _table.Table = new EnumerableTableSource<CampaignRow>(Model.Rows, columns);
        _table.RefreshContentSize();
    }
}
