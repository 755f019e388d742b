using CoMarketing.Tui.Input;

namespace CoMarketing.Tui.Tests.Input;

public sealed class ConsoleKeyMapperTests
{
    [Theory]
    [InlineData('\0', ConsoleKey.UpArrow, false, false, false, "Up")]
    [InlineData('\0', ConsoleKey.LeftArrow, false, false, true, "Ctrl+Left")]
    [InlineData('\t', ConsoleKey.Tab, true, false, false, "Shift+Tab")]
    [InlineData('\u001b', ConsoleKey.Escape, false, false, false, "Escape")]
    [InlineData('\u0001', ConsoleKey.A, false, false, true, "Ctrl+a")]
    [InlineData('ä', ConsoleKey.Oem7, false, false, false, "ä")]
    [InlineData('Ö', ConsoleKey.Oem3, true, false, false, "Ö")]
    [InlineData('b', ConsoleKey.B, false, true, false, "Alt+b")]
    [InlineData('\0', ConsoleKey.F1, false, false, false, "F1")]
    public void Map_Should_Translate_Console_Key_Info(char character, ConsoleKey key, bool shift, bool alt, bool control, string expected)
    {
        // Given
        var info = new ConsoleKeyInfo(character, key, shift, alt, control);

        // When
        var mapped = ConsoleKeyMapper.Map(info);

        // Then
        mapped.ShouldNotBeNull().ToString().ShouldBe(expected);
    }
}
