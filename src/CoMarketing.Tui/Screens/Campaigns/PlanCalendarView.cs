using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The month grid of <see cref="PlanCalendar"/>: ←/→ a day, ↑/↓ a week, PgUp/PgDn a month, Enter adds a publication
/// on the chosen day; a click chooses a day.
/// </summary>
public sealed class PlanCalendarView : View
{
    private readonly CampaignPlanModel _model;

    public PlanCalendarView(CampaignPlanModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        CanFocus = true;
        Width = 7 * PlanCalendar.CellWidth;
        Height = 7;
    }

    /// <summary>The chosen day or the month changed.</summary>
    public event EventHandler? DayChanged;

    /// <summary>Enter on a day: add a publication on it.</summary>
    public event EventHandler? DayAccepted;

    /// <summary>Moves the chosen day by <paramref name="months"/> months (the ◄ ► buttons and PgUp/PgDn).</summary>
    public void MoveMonths(int months)
    {
        _model.Calendar.MoveMonths(months);
        Changed();
    }

    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        int? days = key == Key.CursorLeft ? -1 : key == Key.CursorRight ? 1 : key == Key.CursorUp ? -7 : key == Key.CursorDown ? 7 : null;
        if (days is { } step)
        {
            _model.Calendar.MoveDays(step);
            Changed();
            return true;
        }

        if (key == Key.PageUp || key == Key.PageDown)
        {
            MoveMonths(key == Key.PageUp ? -1 : 1);
            return true;
        }

        if (key == Key.Enter)
        {
            DayAccepted?.Invoke(this, EventArgs.Empty);
            return true;
        }

        return false;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        ArgumentNullException.ThrowIfNull(mouse);
        if (mouse.IsSingleClicked && mouse.Position is { } at && at.Y >= 1 && at.X < 7 * PlanCalendar.CellWidth)
        {
            var day = _model.Calendar.Day;
            var first = new DateOnly(day.Year, day.Month, 1);
            var index = ((at.Y - 1) * 7) + (at.X / PlanCalendar.CellWidth) - (((int)first.DayOfWeek + 6) % 7);
            if (index >= 0 && index < DateTime.DaysInMonth(day.Year, day.Month))
            {
                SetFocus();
                _model.Calendar.GoTo(first.AddDays(index));
                Changed();
                return true;
            }
        }

        return base.OnMouseEvent(mouse);
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var lines = _model.Calendar.Lines(_model.PublicationDays);
        for (var row = 0; row < lines.Count && row < Viewport.Height; row++)
        {
            Move(0, row);
            SetAttributeForRole(VisualRole.Normal);
            AddStr(lines[row].PadRight(Viewport.Width));
        }

        return true;
    }

    private void Changed()
    {
        SetNeedsDraw();
        DayChanged?.Invoke(this, EventArgs.Empty);
    }
}
