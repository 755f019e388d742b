using CoMarketing.Tui.Host;

namespace CoMarketing.Tui.Tests.Host;

public sealed class FrameWriterTests
{
    private static Frame Frame(int width, params string[] lines) => new(new TerminalSize(width, lines.Length), lines);

    [Fact]
    public void The_First_Frame_Should_Clear_The_Screen_And_Write_Every_Line()
    {
        // Given
        var writer = new FrameWriter();

        // When
        var output = writer.Write(Frame(80, "one", "two"));

        // Then
        output.ShouldStartWith("\u001b[0m\u001b[2J");
        output.ShouldContain("\u001b[1;1H\u001b[0m\u001b[2Kone");
        output.ShouldContain("\u001b[2;1H\u001b[0m\u001b[2Ktwo");
    }

    [Fact]
    public void A_Later_Frame_Should_Rewrite_Only_Changed_Lines()
    {
        // Given
        var writer = new FrameWriter();
        writer.Write(Frame(80, "one", "two", "three"));

        // When
        var output = writer.Write(Frame(80, "one", "TWO", "three"));

        // Then
        output.ShouldNotContain("\u001b[2J");
        output.ShouldNotContain("one");
        output.ShouldNotContain("three");
        output.ShouldContain("\u001b[2;1H\u001b[0m\u001b[2KTWO");
    }

    [Fact]
    public void A_Frame_Of_Another_Size_Should_Be_Written_Whole()
    {
        // Given
        var writer = new FrameWriter();
        writer.Write(Frame(80, "one", "two"));

        // When
        var output = writer.Write(Frame(60, "one", "two"));

        // Then
        output.ShouldContain("\u001b[2J");
        output.ShouldContain("one");
        output.ShouldContain("two");
    }
}
