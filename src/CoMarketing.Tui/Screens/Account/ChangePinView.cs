using CoMarketing.Tui.Screens.Coordinator;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Account;

/// <summary>A member's own PIN change over <see cref="ChangePinModel"/>: current, new and new again, masked.</summary>
public sealed class ChangePinView : Window
{
    private readonly ChangePinModel _model;
    private readonly TextField _current;
    private readonly TextField _new;
    private readonly TextField _repeat;
    private readonly Dictionary<string, Label> _errors = [];
    private readonly Label _message;

    public ChangePinView(ChangePinModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        var texts = model.Texts;
        Title = texts.Get("ToolChangePin");
        _current = ToolLayout.Field(this, texts.Get("CurrentPin"), string.Empty, 0, 10, secret: true);
        _errors[ChangePinModel.CurrentField] = ToolLayout.ErrorLine(this, 1, 2);
        _new = ToolLayout.Field(this, texts.Get("NewPin"), string.Empty, 3, 10, secret: true);
        _errors[ChangePinModel.NewField] = ToolLayout.ErrorLine(this, 4, 2);
        _repeat = ToolLayout.Field(this, texts.Get("RepeatPin"), string.Empty, 6, 10, secret: true);
        _errors[ChangePinModel.RepeatField] = ToolLayout.ErrorLine(this, 7, 2);
        _message = ToolLayout.MessageLine(this);
        ToolLayout.Buttons(this, (texts.Get("Save"), Save));
    }

    private void Save()
    {
        _model.Current = _current.Text;
        _model.New = _new.Text;
        _model.Repeat = _repeat.Text;
        _model.Save();
        _current.Text = _model.Current;
        _new.Text = _model.New;
        _repeat.Text = _model.Repeat;
        foreach (var (field, line) in _errors)
        {
            ToolLayout.ShowError(line, _model.Errors, field);
        }

        ToolLayout.ShowMessage(_message, _model.Message);
    }
}
