using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Tests.Businesses;

public sealed class BusinessIdTests
{
    [Theory]
    [InlineData("2077474-0", "2077474-0")]
    [InlineData(" 0737546-2 ", "0737546-2")]
    [InlineData("737546-2", "0737546-2")]
    [InlineData("1572860-0", "1572860-0")]
    [InlineData("0112038-9", "0112038-9")]
    public void Valid_Ids_Should_Parse_To_Their_Canonical_Form(string text, string expected)
        => BusinessId.Parse(text).Value.ShouldBe(expected);

    [Theory]
    [InlineData("2077474-1", "wrong check digit")]
    [InlineData("2077474-5", "wrong check digit")]
    [InlineData("20774740", "must look like 1234567-8")]
    [InlineData("2077474-", "must look like 1234567-8")]
    [InlineData("207747A-0", "must look like 1234567-8")]
    [InlineData("12345678-9", "must look like 1234567-8")]
    [InlineData("", "must look like 1234567-8")]
    [InlineData(null, "must look like 1234567-8")]
    public void Invalid_Ids_Should_Be_Refused_With_A_Reason(string? text, string reason)
    {
        BusinessId.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldContain(reason);
        Should.Throw<DomainException>(() => BusinessId.Parse(text)).Message.ShouldBe(error);
    }

    [Fact]
    public void A_Remainder_Of_One_Should_Never_Be_Valid()
    {
        // Given: a number whose weighted sum leaves remainder 1 (such numbers are never issued)
        var digits = Enumerable.Range(1000000, 200).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .First(d => d.Select((c, i) => (c - '0') * new[] { 7, 9, 10, 5, 8, 4, 2 }[i]).Sum() % 11 == 1);

        // When
        var accepted = Enumerable.Range(0, 10).Where(check => BusinessId.TryParse($"{digits}-{check}", out _, out _));

        // Then
        accepted.ShouldBeEmpty();
    }
}
