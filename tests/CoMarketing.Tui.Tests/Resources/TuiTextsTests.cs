using System.Globalization;
using System.Resources;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Tests.Resources;

public sealed class TuiTextsTests
{
    [Fact]
    public void Every_Text_Should_Have_A_Finnish_Translation()
    {
        // Given
        var manager = new ResourceManager("CoMarketing.Tui.Resources.Texts", typeof(TuiTexts).Assembly);
        var finnish = manager.GetResourceSet(CultureInfo.GetCultureInfo("fi"), createIfNotExists: true, tryParents: false);

        // When
        var missing = TuiTexts.English.All().Keys.Where(name => finnish?.GetString(name) is null).ToList();

        // Then
        finnish.ShouldNotBeNull();
        missing.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("fi", "ohje")]
    [InlineData("fi_FI.UTF-8", "ohje")]
    [InlineData("en", "help")]
    [InlineData("en_US.UTF-8", "help")]
    [InlineData(null, "help")]
    public void For_Should_Pick_The_Language(string? language, string help)
    {
        // When
        var texts = TuiTexts.For(language);

        // Then
        texts.KeyHelp.ShouldBe(help);
    }

    [Fact]
    public void Format_Should_Use_The_Language_Not_The_Thread_Culture()
    {
        // When
        var text = TuiTexts.Finnish.Format(nameof(TuiTexts.TooSmall), 30, 8, 40, 10);

        // Then
        text.ShouldBe("Pääte on liian pieni (30×8). Suurenna se vähintään kokoon 40×10.");
    }
}
