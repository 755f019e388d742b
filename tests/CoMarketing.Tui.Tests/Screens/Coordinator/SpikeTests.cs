using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

public sealed class SpikeTests
{
    [Fact]
    public void Spike()
    {
        using var terminal = new HeadlessTerminal(60, 12);
        var window = new Window { Title = "Settings" };
        var label = new Label { Text = "Name:", X = 0, Y = 0 };
        var field = new TextField { X = 10, Y = 0, Width = 20, Text = "abc" };
        var pressed = 0;
        var button = new Button { Text = "Save", X = 0, Y = 2 };
        button.Accepting += (_, e) => { pressed++; e.Handled = true; };
        window.Add(label, field, button);
        terminal.Show(window);
        terminal.Press(Key.End).Type("xyz").Press(Key.Tab, Key.Enter);
        var screen = terminal.Screen;
        screen.ShouldContain("abcxyz", customMessage: screen);
        pressed.ShouldBe(1, customMessage: screen);
    }
}
