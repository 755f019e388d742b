using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Rendering;

/// <summary>Draws a <see cref="ConfirmDialog"/>: the question and the answer keys in a bordered box.</summary>
public static class ConfirmDialogView
{
    public static IRenderable Render(ConfirmDialog dialog, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(texts);
        var body = new Rows(new Text(dialog.Question, Styles.Header), new Text(texts.ConfirmKeys, Styles.Dim));
        return new Panel(body).Border(BoxBorder.Double).Padding(2, 1);
    }
}
