using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>Member import over <see cref="MemberImportModel"/>: the file's path, a dry run listing every row error, then Import.</summary>
public sealed class MemberImportView : Window
{
    private readonly MemberImportModel _model;
    private readonly TextField _path;
    private readonly Label _pathError;
    private readonly ListView _lines;
    private readonly Label _message;

    public MemberImportView(MemberImportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        var texts = model.Texts;
        Title = texts.Get("ToolImport");
        _path = ToolLayout.Field(this, texts.Get("ImportPath"), model.Path, 0, 55);
        _pathError = ToolLayout.ErrorLine(this, 1, 2);
        _lines = ToolLayout.List(this, 0, 3, Dim.Fill());
        _message = ToolLayout.MessageLine(this);
        ToolLayout.Buttons(this, (texts.Get("Preview"), () => Act(_model.Preview)), (texts.Get("ImportNow"), () => Act(_model.Import)));
    }

    private void Act(Func<bool> action)
    {
        _model.Path = _path.Text;
        action();
        ToolLayout.Fill(_lines, _model.Lines);
        ToolLayout.ShowError(_pathError, _model.Errors, MemberImportModel.PathField);
        ToolLayout.ShowMessage(_message, _model.Message);
    }
}
