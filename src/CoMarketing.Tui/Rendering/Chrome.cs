using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Rendering;

/// <summary>The one-line parts around a screen: the header, the message line and the footer of main keys.</summary>
public static class Chrome
{
    private const string Separator = "  ";

    /// <summary>"CoMarketing › Title" on the left, the status on the right, in reverse video across the width.</summary>
    public static IRenderable Header(string appName, string title, string? status, int width)
    {
        var left = $" {appName} › {title}";
        var right = status is null ? "" : $"{status} ";
        var room = width - right.GetCellWidth();
        var line = room > left.GetCellWidth() ? TextFit.Pad(left, room) + right : TextFit.Pad(left, width);
        return new Text(line, new Style(decoration: Decoration.Invert | Decoration.Bold));
    }

    /// <summary>The message, prefixed in words by its kind (never by colour alone); empty when there is none.</summary>
    public static IRenderable Message(ShowMessage? message, TuiTexts texts, int width)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (message is null)
        {
            return Text.Empty;
        }

        var (prefix, style) = message.Kind switch
        {
            MessageKind.Error => (texts.MessageError + ": ", new Style(Color.Red, decoration: Decoration.Bold)),
            MessageKind.Warning => (texts.MessageWarning + ": ", new Style(Color.Yellow, decoration: Decoration.Bold)),
            MessageKind.Success => (texts.MessageSuccess + ": ", new Style(Color.Green)),
            _ => ("", Style.Plain),
        };
        return new Text(TextFit.Fit(prefix + message.Text, width), style);
    }

    /// <summary>The footer: as many of <paramref name="bindings"/> as fit, keys in bold.</summary>
    public static IRenderable Footer(IEnumerable<KeyBinding> bindings, int width)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        var paragraph = new Paragraph();
        var used = 0;
        foreach (var binding in bindings)
        {
            var cells = (used == 0 ? 0 : Separator.Length) + binding.Keys.GetCellWidth() + 1 + binding.Description.GetCellWidth();
            if (used + cells > width)
            {
                break;
            }

            if (used > 0)
            {
                paragraph.Append(Separator);
            }

            paragraph.Append(binding.Keys, new Style(decoration: Decoration.Bold | Decoration.Invert));
            paragraph.Append(" " + binding.Description);
            used += cells;
        }

        return paragraph;
    }
}
