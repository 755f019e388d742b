using CoMarketing.Core.Audiences;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Tests.Audiences;

public sealed class InterestTagTests
{
    [Theory]
    [InlineData(" Outdoor ", "outdoor")]
    [InlineData("RUOKA", "ruoka")]
    [InlineData("Hiihto & Lumi", "hiihto & lumi")]
    [InlineData("Äänikirjat", "äänikirjat")]
    public void Tags_Should_Be_Trimmed_And_Lower_Case(string text, string expected)
        => InterestTag.Parse(text).Value.ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("a|b")]
    [InlineData("a;b")]
    [InlineData("a,b")]
    [InlineData("tab\there")]
    [InlineData("this tag is far too long to be a useful interest")]
    public void Invalid_Tags_Should_Be_Refused(string? text)
        => Should.Throw<DomainException>(() => InterestTag.Parse(text)).Message.ShouldContain("nterest tag");
}
