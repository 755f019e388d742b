using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Rendering;

/// <summary>The help (?) body: every key of the current screen and the host's global keys, in a table.</summary>
public static class HelpOverlay
{
    public static IRenderable Render(string title, IEnumerable<KeyBinding> bindings, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(bindings);
        ArgumentNullException.ThrowIfNull(texts);
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title(texts.Format(nameof(TuiTexts.HelpTitle), title))
            .Caption(texts.HelpClose)
            .AddColumn(new TableColumn(texts.HelpKeyColumn).NoWrap())
            .AddColumn(new TableColumn(texts.HelpActionColumn));
        foreach (var binding in bindings)
        {
            table.AddRow(new Text(binding.Keys, new Style(decoration: Decoration.Bold)), new Text(binding.Description));
        }

        return table;
    }
}
