using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>
/// The coordinator's member tool over <see cref="MemberAdminModel"/>: the members on the left (with no PIN, locked,
/// archived marked), a new PIN typed twice on the right, and Set PIN, Unlock, Archive and Restore below.
/// </summary>
public sealed class MemberAdminView : Window
{
    private readonly MemberAdminModel _model;
    private readonly ListView _members;
    private readonly TextField _newPin;
    private readonly TextField _repeatPin;
    private readonly Label _newPinError;
    private readonly Label _repeatPinError;
    private readonly Label _message;

    public MemberAdminView(MemberAdminModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        var texts = model.Texts;
        Title = texts.Get("ToolMembers");
        _members = ToolLayout.List(this, 0, 0, Dim.Percent(50));
        _members.ValueChanged += (_, _) => _model.Selected = _members.SelectedItem ?? -1;
        var panel = new View { X = Pos.Right(_members) + 1, Y = 0, Width = Dim.Fill(), Height = Dim.Fill(3), CanFocus = true };
        _newPin = ToolLayout.Field(panel, texts.Get("NewPin"), string.Empty, 0, 10, secret: true);
        _newPinError = ToolLayout.ErrorLine(panel, 1, 3);
        _repeatPin = ToolLayout.Field(panel, texts.Get("RepeatPin"), string.Empty, 4, 10, secret: true);
        _repeatPinError = ToolLayout.ErrorLine(panel, 5, 2);
        Add(panel);
        _message = ToolLayout.MessageLine(this);
        ToolLayout.Buttons(
            this,
            (texts.Get("SetPin"), () => Act(() => _model.ResetPin())),
            (texts.Get("Unlock"), () => Act(() => _model.Unlock())),
            (texts.Get("Archive"), () => Act(() => _model.Archive())),
            (texts.Get("Restore"), () => Act(() => _model.Restore())));
        ToolLayout.Fill(_members, _model.Members.Select(_model.Describe));
    }

    private void Act(Func<bool> action)
    {
        _model.NewPin = _newPin.Text;
        _model.RepeatPin = _repeatPin.Text;
        if (action())
        {
            ToolLayout.Fill(_members, _model.Members.Select(_model.Describe), _model.Selected);
            _newPin.Text = string.Empty;
            _repeatPin.Text = string.Empty;
        }

        ToolLayout.ShowError(_newPinError, _model.Errors, MemberAdminModel.NewPinField);
        ToolLayout.ShowError(_repeatPinError, _model.Errors, MemberAdminModel.RepeatPinField);
        ToolLayout.ShowMessage(_message, _model.Message);
    }
}
