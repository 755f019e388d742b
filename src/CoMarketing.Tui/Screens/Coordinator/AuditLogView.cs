using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>
/// The audit log over <see cref="AuditLogModel"/>: who and which action picked from lists, a date range typed, and the
/// matching entries below, newest first.
/// </summary>
public sealed class AuditLogView : Window
{
    private readonly AuditLogModel _model;
    private readonly ListView _who;
    private readonly ListView _action;
    private readonly TextField _from;
    private readonly TextField _to;
    private readonly Label _dateError;
    private readonly ListView _entries;
    private readonly Label _message;

    public AuditLogView(AuditLogModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        var texts = model.Texts;
        Title = texts.Get("ToolAudit");
        Add(new Label { Text = texts.Get("AuditWho"), X = 0, Y = 0 }, new Label { Text = texts.Get("AuditAction"), X = 30, Y = 0 });
        _who = ToolLayout.List(this, 0, 1, 28, 5);
        _action = ToolLayout.List(this, 30, 1, 24, 5);
        Add(new Label { Text = texts.Get("AuditFrom"), X = 56, Y = 0 }, new Label { Text = texts.Get("AuditTo"), X = 56, Y = 3 });
        _from = new TextField { X = 56, Y = 1, Width = 12, Text = model.From };
        _to = new TextField { X = 56, Y = 4, Width = 12, Text = model.To };
        Add(_from, _to);
        _dateError = ToolLayout.ErrorLine(this, 6);
        _entries = ToolLayout.List(this, 0, 7, Dim.Fill());
        _message = ToolLayout.MessageLine(this);
        ToolLayout.Buttons(this, (texts.Get("Filter"), Apply));
        ToolLayout.Fill(_who, model.Who.Select(w => w.Label), 0);
        ToolLayout.Fill(_action, model.Actions, 0);
        Show();
    }

    private void Apply()
    {
        _model.WhoIndex = _who.SelectedItem ?? 0;
        _model.ActionIndex = _action.SelectedItem ?? 0;
        _model.From = _from.Text;
        _model.To = _to.Text;
        _model.Apply();
        Show();
    }

    private void Show()
    {
        ToolLayout.Fill(_entries, _model.Entries.Select(_model.Describe));
        var errors = new[] { AuditLogModel.FromField, AuditLogModel.ToField }.Where(_model.Errors.ContainsKey).Select(f => _model.Errors[f]);
        _dateError.Text = string.Join(" ", errors) is { Length: > 0 } text ? $"↳ {text}" : string.Empty;
        ToolLayout.ShowMessage(_message, _model.Message);
    }
}
