using CoMarketing.Core.Common;

namespace CoMarketing.Core.Tests.Common;

public sealed class NameTextTests
{
    [Theory]
    [InlineData("Kahvila M\u0061\u0308nty", "Kahvila Mänty")]
    [InlineData("Kahvila\u200BMänty", "KahvilaMänty")]
    [InlineData("Kahvila \u200B Mänty", "Kahvila Mänty")]
    [InlineData("\uFEFFKahvila\u00ADMänty\u200D", "KahvilaMänty")]
    [InlineData("  Kahvila \t\u00A0 Mänty  ", "Kahvila Mänty")]
    [InlineData("Kahvila\u202EMänty", "KahvilaMänty")]
    [InlineData("Café \uD83C\uDF70", "Café \uD83C\uDF70")]
    [InlineData("\u200B\u200B", "")]
    public void Normalise_Should_Give_One_Form_For_Names_That_Look_The_Same(string text, string expected)
        => NameText.Normalise(text).ShouldBe(expected);

    [Fact]
    public void Normalise_Should_Drop_A_Lone_Surrogate()
        => NameText.Normalise("Lone" + (char)0xD800 + "Surrogate").ShouldBe("LoneSurrogate");

    [Fact]
    public void Normalise_Should_Be_Idempotent()
    {
        var once = NameText.Normalise(" A\u0308\u200B  b ");
        NameText.Normalise(once).ShouldBe(once);
    }
}
