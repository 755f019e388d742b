using CoMarketing.Tui.Tests.Support;
using CoMarketing.Tui.Widgets;

namespace CoMarketing.Tui.Tests.Widgets;

public sealed class FocusRingTests
{
    [Theory]
    [InlineData("Tab", "email")]
    [InlineData("Tab Tab", "phone")]
    [InlineData("Tab Tab Tab", "name")]
    [InlineData("S-Tab", "phone")]
    [InlineData("Tab S-Tab", "name")]
    public void Tab_And_Shift_Tab_Should_Cycle_Through_The_Parts(string script, string focused)
    {
        // Given
        var ring = new FocusRing(["name", "email", "phone"]);

        // When
        foreach (var key in Keys.Parse(script))
        {
            ring.TryHandle(key, out ring).ShouldBeTrue();
        }

        // Then
        ring.Current.ShouldBe(focused);
    }

    [Fact]
    public void Other_Keys_Should_Not_Move_The_Focus()
    {
        // Given
        var ring = new FocusRing(["name", "email"]);

        // When
        var handled = ring.TryHandle(Keys.Parse("Enter")[0], out var next);

        // Then
        handled.ShouldBeFalse();
        next.Current.ShouldBe("name");
    }
}
