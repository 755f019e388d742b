using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Screens.Coordinator;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Account;

/// <summary>
/// "Never pair" / "fine together" over <see cref="PairMarksModel"/>: the coordinator picks whose marks on the left; a
/// member sees only its own. The other businesses, with the marks, are listed with Never pair, Fine together and Remove.
/// </summary>
public sealed class PairMarksView : Window
{
    private readonly PairMarksModel _model;
    private readonly ListView _others;
    private readonly Label _message;

    public PairMarksView(PairMarksModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        var texts = model.Texts;
        Title = texts.Get("ToolPairMarks");
        Pos left = 0;
        if (model.Owners.Count > 1)
        {
            Add(new Label { Text = texts.Get("MarkOwner"), X = 0, Y = 0 });
            var owners = ToolLayout.List(this, 0, 1, Dim.Percent(40));
            ToolLayout.Fill(owners, model.Owners.Select(b => b.Name), Math.Max(0, model.Owners.ToList().FindIndex(b => b.Id == model.OwnerId)));
            owners.ValueChanged += (_, _) =>
            {
                if (owners.SelectedItem is { } i && i >= 0 && i < _model.Owners.Count && _model.Owners[i].Id != _model.OwnerId)
                {
                    _model.OwnerId = _model.Owners[i].Id;
                    Show();
                }
            };
            left = Pos.Right(owners) + 1;
        }
        else
        {
            Add(new Label { Text = model.Owners.FirstOrDefault()?.Name ?? string.Empty, X = 0, Y = 0 });
        }

        Add(new Label { Text = texts.Get("MarkOther"), X = left, Y = 0 });
        _others = ToolLayout.List(this, left, 1, Dim.Fill());
        _others.ValueChanged += (_, _) => _model.Selected = _others.SelectedItem ?? -1;
        _message = ToolLayout.MessageLine(this);
        ToolLayout.Buttons(
            this,
            (texts.Get("SetNever"), () => Act(() => _model.Mark(PairPreferenceKind.NeverPair))),
            (texts.Get("SetFine"), () => Act(() => _model.Mark(PairPreferenceKind.FineTogether))),
            (texts.Get("RemoveMark"), () => Act(_model.Remove)));
        Show();
    }

    private void Act(Func<bool> action)
    {
        if (action())
        {
            Show();
        }

        ToolLayout.ShowMessage(_message, _model.Message);
    }

    private void Show() => ToolLayout.Fill(_others, _model.Others.Select(_model.Describe), _model.Selected);
}
