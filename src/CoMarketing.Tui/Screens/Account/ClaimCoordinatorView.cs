using CoMarketing.Tui.Application;
using CoMarketing.Tui.Screens.Coordinator;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Account;

/// <summary>
/// "Sign in as coordinator" while no coordinator PIN exists, over <see cref="ClaimCoordinatorModel"/>: says what will
/// happen, asks a PIN twice, and hands the coordinator's service to <c>claimed</c> (the shell signs in with it).
/// </summary>
public sealed class ClaimCoordinatorView : Window
{
    private readonly ClaimCoordinatorModel _model;
    private readonly Action<PlannerService> _claimed;
    private readonly TextField _new;
    private readonly TextField _repeat;
    private readonly Dictionary<string, Label> _errors = [];
    private readonly Label _message;

    public ClaimCoordinatorView(ClaimCoordinatorModel model, Action<PlannerService> claimed)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(claimed);
        _model = model;
        _claimed = claimed;
        var texts = model.Texts;
        Title = texts.Get("ToolClaimCoordinator");
        var intro = new Label { Text = texts.Get("ClaimIntro"), X = 0, Y = 0, Width = Dim.Fill(), Height = 3 };
        intro.TextFormatter.WordWrap = true;
        Add(intro);
        _new = ToolLayout.Field(this, texts.Get("NewPin"), string.Empty, 4, 10, secret: true);
        _errors[ClaimCoordinatorModel.NewField] = ToolLayout.ErrorLine(this, 5, 2);
        _repeat = ToolLayout.Field(this, texts.Get("RepeatPin"), string.Empty, 7, 10, secret: true);
        _errors[ClaimCoordinatorModel.RepeatField] = ToolLayout.ErrorLine(this, 8, 2);
        _message = ToolLayout.MessageLine(this);
        ToolLayout.Buttons(this, (texts.Get("ToolClaimCoordinator"), Claim));
    }

    private void Claim()
    {
        _model.New = _new.Text;
        _model.Repeat = _repeat.Text;
        var coordinator = _model.Claim();
        foreach (var (field, line) in _errors)
        {
            ToolLayout.ShowError(line, _model.Errors, field);
        }

        ToolLayout.ShowMessage(_message, _model.Message);
        if (coordinator is not null)
        {
            _new.Text = string.Empty;
            _repeat.Text = string.Empty;
            _claimed(coordinator);
        }
    }
}
