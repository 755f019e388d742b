using System.Text.RegularExpressions;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The budget plan over <see cref="BudgetModel"/>: a list of months (planned, spent, a bar), the selected month's
/// amount field with its problem under it, "spread a total evenly", the warnings and Save. Without a plan, a button
/// starts one. All state lives in the model.
/// </summary>
public sealed partial class BudgetView : View, IKeyHints, IHoldsDrafts
{
    private const int Bottom = 10;
    private const int FieldX = 26;

    private readonly Label _intro = new() { Width = Dim.Fill() };
    private readonly Label _totals = new() { Y = 1, Width = Dim.Fill() };
    private readonly Label _header = new() { Y = 2, Width = Dim.Fill() };
    private readonly ListView _months = new() { Y = 3, Width = Dim.Fill(), Height = Dim.Fill(Bottom) };
    private readonly Label _amountLabel = new() { Y = Pos.AnchorEnd(Bottom) };
    private readonly TextField _amount = new() { X = FieldX, Y = Pos.AnchorEnd(Bottom), Width = 18 };
    private readonly Label _amountError = new() { Y = Pos.AnchorEnd(Bottom - 1), Width = Dim.Fill() };
    private readonly TextField _spread = new() { X = FieldX, Y = Pos.AnchorEnd(Bottom - 2), Width = 18 };
    private readonly Label _spreadError = new() { Y = Pos.AnchorEnd(Bottom - 3), Width = Dim.Fill() };
    private readonly Label _warnings = new() { Y = Pos.AnchorEnd(Bottom - 4), Width = Dim.Fill(), Height = 3 };
    private readonly Label _message = new() { Y = Pos.AnchorEnd(3), Width = Dim.Fill(), Height = 2 };
    private Button? _start;
    private bool _loading;

    private readonly TuiTexts _shellTexts;

    /// <param name="model">The budget and who is looking at it.</param>
    /// <param name="shellTexts">The planner's own texts, for the key hints.</param>
    public BudgetView(BudgetModel model, TuiTexts shellTexts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(shellTexts);
        Model = model;
        _shellTexts = shellTexts;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        _warnings.TextFormatter.WordWrap = true;
        _message.TextFormatter.WordWrap = true;
        if (model.HasPlan)
        {
            ShowPlan();
        }
        else
        {
            ShowStart();
        }
    }

    public BudgetModel Model { get; }

    public string HintTitle => Model.Texts.Get("BudgetTitle");

    public IReadOnlyList<KeyBinding> HintKeys => Model.CanEdit
        ? [new("↑/↓", Model.Texts.Get("BudgetKeyMonth")), new("Tab", _shellTexts.KeyNextField), new("Enter", _shellTexts.KeySave)]
        : [new("↑/↓", Model.Texts.Get("BudgetKeyMonth"))];

    public IEnumerable<IHasDraft> Drafts => [Model];

    /// <summary>The month lines as the list shows them (for tests and the status line).</summary>
    public IReadOnlyList<string> Lines => [.. Model.Rows.Select(Line)];

    private void ShowStart()
    {
        var texts = Model.Texts;
        _intro.Text = texts.Get(Model.CanEdit ? "BudgetNone" : "BudgetNoneMember");
        Add(_intro);
        if (!Model.CanEdit)
        {
            return;
        }

        _start = new Button { Y = 2, Text = texts.Format("BudgetStart", Model.MonthLabel(Model.StartMonth)), IsDefault = true };
        _start.Accepting += (_, e) =>
        {
            e.Handled = true;
            if (Model.Start())
            {
                RemoveAll();
                ShowPlan();
            }
        };
        Add(_start);
    }

    private void ShowPlan()
    {
        var texts = Model.Texts;
        _intro.Text = texts.Get(Model.CanEdit ? "BudgetKeys" : "BudgetReadOnly");
        _months.ValueChanged += (_, _) =>
        {
            if (_loading)
            {
                return;
            }

            Model.Selected = _months.SelectedItem ?? 0;
            Refresh();
        };
        Add(_intro, _totals, _header, _months, _warnings, _message);
        if (Model.CanEdit)
        {
            AddEditors();
        }

        Refresh();
    }

    private void AddEditors()
    {
        var texts = Model.Texts;
        _amount.TextChanged += (_, _) =>
        {
            if (!_loading)
            {
                Model.SetAmount(_amount.Text);
                Refresh();
            }
        };
        var spreadLabel = new Label { Y = Pos.AnchorEnd(Bottom - 2), Text = texts.Get("BudgetFieldSpread") };
        var spread = new Button { X = Pos.Right(_spread) + 1, Y = Pos.AnchorEnd(Bottom - 2), Text = texts.Get("BudgetSpread"), ShadowStyle = ShadowStyles.None };
        spread.Accepting += (_, e) =>
        {
            e.Handled = true;
            Spread();
        };
        _spread.Accepting += (_, e) =>
        {
            e.Handled = true;
            Spread();
        };
        Add(_amountLabel, _amount, _amountError, spreadLabel, _spread, spread, _spreadError);
        ToolLayout.Buttons(this, (texts.Get("Save"), Save));
    }

    private void Spread()
    {
        Model.Spread(_spread.Text);
        Refresh();
    }

    private void Save()
    {
        Model.Save();
        Refresh();
    }

    private void Refresh()
    {
        var texts = Model.Texts;
        var format = Model.Format;
        _loading = true;
        try
        {
            ToolLayout.Fill(_months, Lines, Model.Selected);
            if (Model.Report is { } report)
            {
                _totals.Text = texts.Format("BudgetTotals", format.Euros(report.Planned), format.Euros(report.Spent), format.Euros(report.Planned - report.Spent));
            }

            _header.Text = Line(texts.Get("BudgetColumnMonth"), texts.Get("BudgetColumnPlanned"), texts.Get("BudgetColumnSpent"), Model.IsDirty ? texts.Get("BudgetNotSaved") : string.Empty);
            var month = Model.Rows.Count > 0 ? Model.Rows[Model.Selected].Label : string.Empty;
            _amountLabel.Text = texts.Format("BudgetFieldAmount", month);
            if (_amount.Text != Model.AmountText)
            {
                _amount.Text = Model.AmountText;
            }
        }
        finally
        {
            _loading = false;
        }

        ShowError(_amountError, BudgetModel.AmountField);
        ShowError(_spreadError, BudgetModel.SpreadField);
        _warnings.Text = Model.Warnings.Count > 0
            ? string.Join(Environment.NewLine, Model.Warnings.Select(w => "⚠ " + Unbreakable().Replace(w, "\u00A0")))
            : Model.WellSpread ? "✓ " + texts.Get("BudgetWellSpread") : string.Empty;
        ToolLayout.ShowMessage(_message, Model.Message);
    }

    /// <summary>Also disposes the parts never shown or taken away (a member's editors, the start button once used).</summary>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            View?[] owned = [_intro, _totals, _header, _months, _amountLabel, _amount, _amountError, _spread, _spreadError, _warnings, _message, _start];
            foreach (var view in owned.OfType<View>().Where(v => v.SuperView is null))
            {
                view.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private void ShowError(Label line, string field)
        => ToolLayout.ShowError(line, Model.Errors, field);

    // Wrapping never splits an amount ("110 500,00 €") or a percentage ("79 %") across lines.
    [GeneratedRegex(@"(?<=\d) (?=[\d€%])", RegexOptions.CultureInvariant)]
    private static partial Regex Unbreakable();

    private string Line(BudgetRow row)
        => Line(row.Label, Model.Format.Euros(row.Planned), Model.Format.Euros(row.Spent), row.Bar);

    private static string Line(string month, string planned, string spent, string bar)
        => $"{month,-9}{planned,15}{spent,15}  {bar}";
}
