using CoMarketing.Tui.Rendering;

namespace CoMarketing.Tui.Tests.Rendering;

public sealed class TextFitTests
{
    [Theory]
    [InlineData("Kahvila", 10, "Kahvila")]
    [InlineData("Kahvila Aalto", 8, "Kahvila…")]
    [InlineData("Äänekoski", 4, "Ään…")]
    [InlineData("漢字漢字", 5, "漢字…")]
    [InlineData("abc", 0, "")]
    public void Fit_Should_Cut_By_Terminal_Cells(string text, int width, string expected)
    {
        // When
        var fitted = TextFit.Fit(text, width);

        // Then
        fitted.ShouldBe(expected);
    }
}
