using CoMarketing.Tui.Screens;

namespace CoMarketing.Tui.Tests.Screens;

public sealed class NavigatorTests
{
    private static MessageScreen Screen(string title) => new(title, "text");

    [Fact]
    public void Push_And_Pop_Should_Open_And_Close_Screens_But_Never_The_Last()
    {
        // Given
        var navigator = new Navigator(Screen("welcome"));

        // When
        navigator.Run(ScreenCommand.Push(Screen("list")));
        navigator.Run(ScreenCommand.Push(Screen("detail")));
        var deepest = navigator.Depth;
        navigator.Run(ScreenCommand.Pop());
        navigator.Run(ScreenCommand.Pop());
        navigator.Run(ScreenCommand.Pop());

        // Then
        deepest.ShouldBe(3);
        navigator.Depth.ShouldBe(1);
        ((MessageScreen)navigator.Current).Title.ShouldBe("welcome");
    }

    [Fact]
    public void Apply_Should_Store_The_New_State_Before_Running_Commands()
    {
        // Given
        var navigator = new Navigator(Screen("list"));
        var changed = Screen("list, scrolled");

        // When
        navigator.Apply(ScreenResult.Push(changed, Screen("detail")));
        navigator.Run(ScreenCommand.Pop());

        // Then
        navigator.Current.ShouldBeSameAs(changed);
    }

    [Fact]
    public void ResetTo_Should_Replace_The_Whole_Stack_And_Quit_Should_Be_Remembered()
    {
        // Given
        var navigator = new Navigator(Screen("welcome"));
        navigator.Run(ScreenCommand.Push(Screen("editor")));

        // When
        navigator.Apply(ScreenResult.With(navigator.Current, ScreenCommand.ResetTo(Screen("welcome again")), ScreenCommand.Message("Signed out"), ScreenCommand.Quit()));

        // Then
        navigator.Depth.ShouldBe(1);
        ((MessageScreen)navigator.Current).Title.ShouldBe("welcome again");
        navigator.Message.ShouldBe(new ShowMessage("Signed out", MessageKind.Info));
        navigator.IsQuitting.ShouldBeTrue();
    }
}
