using CoMarketing.Core.Common;
using CoMarketing.Core.Industries;

namespace CoMarketing.Core.Tests.Industries;

public sealed class IndustryCodeTests
{
    [Theory]
    [InlineData("56101", "56101", "5610", "56101", "56")]
    [InlineData("5610", "5610", "5610", null, "56")]
    [InlineData(" 47.11 ", "4711", "4711", null, "47")]
    [InlineData("96021", "96021", "9602", "96021", "96")]
    public void Valid_Codes_Should_Parse_With_Class_Subclass_And_Division(string text, string code, string @class, string? subclass, string division)
    {
        var parsed = IndustryCode.Parse(text);
        parsed.Code.ShouldBe(code);
        parsed.Class.ShouldBe(@class);
        parsed.Subclass.ShouldBe(subclass);
        parsed.Division.ShouldBe(division);
    }

    [Theory]
    [InlineData("561")]
    [InlineData("561011")]
    [InlineData("56A01")]
    [InlineData("")]
    [InlineData(null)]
    public void Invalid_Codes_Should_Be_Refused_With_An_Example(string? text)
    {
        IndustryCode.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain("4 or 5 digits, like 56101");
        Should.Throw<DomainException>(() => IndustryCode.Parse(text));
    }
}
