using System.Collections.ObjectModel;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The thin view over <see cref="ResultsReportModel"/>: weekly, monthly or quarterly on the left, the optional first
/// and last day beside it (errors under them), and the report's lines below, rebuilt on every change.
/// </summary>
public sealed class ResultsReportView : View
{
    private readonly ListView _periods = new() { X = 10, Width = 22, Height = 3 };
    private readonly TextField _from = new() { X = 44, Width = 12 };
    private readonly TextField _to = new() { X = 44, Y = 2, Width = 12 };
    private readonly Label _fromError = new() { X = 34, Y = 1, Width = Dim.Fill() };
    private readonly Label _toError = new() { X = 34, Y = 3, Width = Dim.Fill() };
    private readonly ListView _lines = new() { Y = 5, Width = Dim.Fill(), Height = Dim.Fill() };

    public ResultsReportView(ResultsReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        var texts = model.Format.Texts;
        var labels = model.Labels;
        Title = labels.Title;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        _periods.SetSource(new ObservableCollection<string>([labels.Weekly, labels.Monthly, labels.Quarterly]));
        _periods.SelectedItem = (int)model.Period;
        _periods.ValueChanged += (_, _) =>
        {
            Model.Period = (Core.Campaigns.ResultPeriod)(_periods.SelectedItem ?? 1);
            Show();
        };
        _from.TextChanged += (_, _) => Show();
        _to.TextChanged += (_, _) => Show();
        Add(
            new Label { Text = texts.Get("ReportPeriod") }, _periods,
            new Label { X = 34, Text = texts.Get("ReportFrom") }, _from, _fromError,
            new Label { X = 34, Y = 2, Text = texts.Get("ReportTo") }, _to, _toError,
            _lines);
        Show();
    }

    public ResultsReportModel Model { get; }

    /// <summary>The report's lines as shown.</summary>
    public IReadOnlyList<string> Lines { get; private set; } = [];

    /// <summary>Sets the first and last day as if typed.</summary>
    public void Range(string from, string to)
    {
        _from.Text = from;
        _to.Text = to;
    }

    /// <summary>Chooses weekly, monthly or quarterly as if picked.</summary>
    public void Choose(Core.Campaigns.ResultPeriod period) => _periods.SelectedItem = (int)period;

    private void Show()
    {
        Model.From = _from.Text;
        Model.To = _to.Text;
        Model.Refresh();
        _fromError.Text = Model.Errors.TryGetValue(ResultsReportModel.FromField, out var from) ? "! " + from : string.Empty;
        _toError.Text = Model.Errors.TryGetValue(ResultsReportModel.ToField, out var to) ? "! " + to : string.Empty;
        Lines = ResultsReportText.Lines(Model);
        _lines.SetSource(new ObservableCollection<string>(Lines));
    }
}
