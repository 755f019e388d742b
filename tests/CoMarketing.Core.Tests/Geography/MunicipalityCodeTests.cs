using CoMarketing.Core.Common;
using CoMarketing.Core.Geography;

namespace CoMarketing.Core.Tests.Geography;

public sealed class MunicipalityCodeTests
{
    [Theory]
    [InlineData("698", "698")]
    [InlineData(" 91 ", "091")]
    [InlineData("5", "005")]
    [InlineData("047", "047")]
    public void Valid_Codes_Should_Be_Padded_To_Three_Digits(string text, string expected)
        => MunicipalityCode.Parse(text).Value.ShouldBe(expected);

    [Theory]
    [InlineData("6980")]
    [InlineData("Rovaniemi")]
    [InlineData("-98")]
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_Codes_Should_Be_Refused(string? text)
    {
        MunicipalityCode.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain("official three-digit code");
        Should.Throw<DomainException>(() => MunicipalityCode.Parse(text));
    }

    [Fact]
    public void Codes_Should_Sort_By_Their_Digits()
        => new[] { "698", "091", "320" }.Select(MunicipalityCode.Parse).Order().Select(c => c.Value).ShouldBe(["091", "320", "698"]);
}
