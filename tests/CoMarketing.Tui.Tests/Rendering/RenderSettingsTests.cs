using CoMarketing.Tui.Rendering;
using Spectre.Console;

namespace CoMarketing.Tui.Tests.Rendering;

public sealed class RenderSettingsTests
{
    [Theory]
    [InlineData("xterm-256color", null, null, null, ColorSystemSupport.EightBit, true, true)]
    [InlineData("xterm-256color", "1", null, null, ColorSystemSupport.NoColors, true, true)]
    [InlineData("xterm", null, "truecolor", null, ColorSystemSupport.TrueColor, true, true)]
    [InlineData("xterm", null, null, null, ColorSystemSupport.Standard, true, true)]
    [InlineData("dumb", null, null, null, ColorSystemSupport.NoColors, false, true)]
    [InlineData("xterm", null, null, "fi_FI.ISO-8859-1", ColorSystemSupport.Standard, true, false)]
    [InlineData("xterm", null, null, "fi_FI.UTF-8", ColorSystemSupport.Standard, true, true)]
    [InlineData("xterm", "", null, "C", ColorSystemSupport.Standard, true, true)]
    public void Detect_Should_Follow_The_Environment(string term, string? noColor, string? colorTerm, string? lang, ColorSystemSupport colors, bool ansi, bool unicode)
    {
        // Given
        var variables = new Dictionary<string, string?> { ["TERM"] = term, ["NO_COLOR"] = noColor, ["COLORTERM"] = colorTerm, ["LANG"] = lang };

        // When
        var settings = RenderSettings.Detect(name => variables.GetValueOrDefault(name));

        // Then
        settings.ShouldBe(new RenderSettings(colors, ansi, unicode));
    }
}
