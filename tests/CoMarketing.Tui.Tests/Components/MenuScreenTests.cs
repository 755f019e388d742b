using CoMarketing.Tui.Components;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Tests.Support;

namespace CoMarketing.Tui.Tests.Components;

public sealed class MenuScreenTests
{
    private static MenuScreen Menu() => new("Welcome",
    [
        new MenuItem("Sign in as a member", "Pick your business, then your PIN", () => ScreenCommand.Push(new MessageScreen("Member", "PIN"))),
        new MenuItem("Browse as a guest", "Read-only", () => ScreenCommand.Message("guest")),
        new MenuItem("Quit", "", ScreenCommand.Quit),
    ], intro: "Kauppiasyhdistys Äänekoski");

    [Theory]
    [InlineData("Enter", "Sign in as a member")]
    [InlineData("Down Enter", "Browse as a guest")]
    [InlineData("j j Enter", "Quit")]
    [InlineData("G k Enter", "Browse as a guest")]
    [InlineData("2", "Browse as a guest")]
    [InlineData("3", "Quit")]
    public void Choosing_Should_Run_The_Entry(string script, string chosen)
    {
        // Given
        var screen = (IScreen)Menu();
        var context = Support.Screens.Context();
        ScreenResult? result = null;

        // When
        foreach (var key in Keys.Parse(script))
        {
            result = screen.Handle(key, context);
            screen = result.Screen;
        }

        // Then
        var expected = chosen switch
        {
            "Sign in as a member" => typeof(PushScreen),
            "Browse as a guest" => typeof(ShowMessage),
            _ => typeof(QuitApp),
        };
        result!.Commands.Single().ShouldBeOfType(expected);
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    public void Should_Render_Intro_Entries_And_The_Selected_Description(int width, int height)
    {
        // Given
        var screen = Menu().Handle(Keys.Parse("Down")[0], Support.Screens.Context()).Screen;

        // When
        var lines = Support.Screens.Frame(screen, width, height);

        // Then
        lines.Count.ShouldBe(height);
        lines[1].ShouldBe("Kauppiasyhdistys Äänekoski");
        lines[3].TrimEnd().ShouldBe("  1. Sign in as a member");
        lines[4].TrimEnd().ShouldBe("› 2. Browse as a guest");
        lines[5].TrimEnd().ShouldBe("  3. Quit");
        lines[7].TrimEnd().ShouldBe("Read-only");
        lines[^1].ShouldBe("? help  ↑↓ move  Enter select");
    }
}
