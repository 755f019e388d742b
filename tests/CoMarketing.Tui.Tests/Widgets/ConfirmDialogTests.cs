using CoMarketing.Tui.Tests.Support;
using CoMarketing.Tui.Widgets;

namespace CoMarketing.Tui.Tests.Widgets;

public sealed class ConfirmDialogTests
{
    [Theory]
    [InlineData("y", false, ConfirmOutcome.Yes)]
    [InlineData("Y", false, ConfirmOutcome.Yes)]
    [InlineData("k", false, ConfirmOutcome.Yes)]
    [InlineData("n", false, ConfirmOutcome.No)]
    [InlineData("e", false, ConfirmOutcome.No)]
    [InlineData("Esc", true, ConfirmOutcome.No)]
    [InlineData("Enter", false, ConfirmOutcome.No)]
    [InlineData("Enter", true, ConfirmOutcome.Yes)]
    [InlineData("x", true, ConfirmOutcome.Pending)]
    [InlineData("Down", true, ConfirmOutcome.Pending)]
    public void A_Key_Should_Answer_The_Question_Or_Be_Swallowed(string script, bool enterMeansYes, ConfirmOutcome expected)
    {
        // Given
        var dialog = new ConfirmDialog("Delete the campaign?", enterMeansYes);

        // When
        var handled = dialog.TryHandle(Keys.Parse(script)[0], out var answered);

        // Then
        handled.ShouldBeTrue();
        answered.Outcome.ShouldBe(expected);
    }
}
