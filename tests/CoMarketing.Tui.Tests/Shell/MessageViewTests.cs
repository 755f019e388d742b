using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Screens.Welcome;
using CoMarketing.Tui.Shell;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Shell;

[Collection(TerminalCollection.Name)]
public sealed class MessageViewTests
{
    [Fact]
    public void A_Message_Should_Say_Its_Kind_In_Words_And_Enter_Should_Close_It()
    {
        // Given
        using var planner = new Headless();
        var texts = planner.Shell.Texts;
        planner.Window.Open(new MessageView(texts, "Businesses", "Business 7 no longer exists.", MessageKind.Warning, planner.Window.Back));

        // When
        var screen = planner.Screen;
        planner.Press(Key.Enter);

        // Then
        screen.ShouldContain("CoMarketing › Businesses");
        screen.ShouldContain($"{texts.MessageWarning}: Business 7 no longer exists.");
        planner.Window.Current.ShouldBeOfType<WelcomeView>();
    }
}
