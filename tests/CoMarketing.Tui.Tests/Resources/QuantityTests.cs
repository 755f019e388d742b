using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Tests.Resources;

public sealed class QuantityTests
{
    [Theory]
    [InlineData("fi", 0, "0 luonnosta")]
    [InlineData("fi", 1, "1 luonnos")]
    [InlineData("fi", 3, "3 luonnosta")]
    [InlineData("fi", 2, "2 päättynyttä")]
    [InlineData("en", 1, "1 draft")]
    [InlineData("en", 3, "3 drafts")]
    [InlineData("fi", 1234, "1 234 luonnosta")]
    public void A_Count_Should_Take_The_Right_Form_Of_The_Word(string language, long count, string expected)
    {
        // Given
        var texts = TuiTexts.For(language);
        var name = expected.Contains("päätty", StringComparison.Ordinal) ? "StatusFinished" : "StatusDraft";

        // When
        var text = texts.Quantity(name, count);

        // Then
        text.Replace('\u00a0', ' ').ShouldBe(expected);
    }
}
