using CoMarketing.Core.Common;
using CoMarketing.Core.References;

namespace CoMarketing.Core.Tests.References;

public sealed class FinnishReferenceTests
{
    [Theory]
    [InlineData("123456", "1234561")]
    [InlineData("123", "1232")]
    [InlineData("1001", "10016")]
    [InlineData("1000", "10003")]
    [InlineData("1234567890123456789", "12345678901234567894")]
    public void FromBase_Should_Append_The_7_3_1_Check_Digit(string baseDigits, string expected)
    {
        FinnishReference.FromBase(baseDigits).Value.ShouldBe(expected);
        FinnishReference.IsValid(expected).ShouldBeTrue();
    }

    [Theory]
    [InlineData("1234560")]
    [InlineData("1234562")]
    [InlineData("10013")]
    [InlineData("12")]
    [InlineData("12a4")]
    [InlineData("")]
    [InlineData("123456789012345678901")]
    public void IsValid_Should_Refuse_Wrong_Check_Digits_And_Malformed_Numbers(string text)
    {
        FinnishReference.IsValid(text).ShouldBeFalse();
    }

    [Fact]
    public void IsValid_Should_Allow_Spaces_Between_Groups()
    {
        FinnishReference.IsValid("12345 61").ShouldBeTrue();
    }

    [Theory]
    [InlineData("12")]
    [InlineData("000")]
    [InlineData("12x")]
    public void FromBase_Should_Refuse_Bad_Bases(string baseDigits)
    {
        Should.Throw<DomainException>(() => FinnishReference.FromBase(baseDigits));
    }

    [Theory]
    [InlineData(1, "10016")]
    [InlineData(2, "10029")]
    [InlineData(10, "10100")]
    public void Invoice_References_Should_Follow_The_Participant_Position(int position, string expected)
    {
        InvoiceReferences.ForPosition(position).Value.ShouldBe(expected);
    }

    [Fact]
    public void Every_Position_Should_Get_A_Valid_And_Distinct_Reference()
    {
        var references = Enumerable.Range(1, 500).Select(p => InvoiceReferences.ForPosition(p).Value).ToList();
        references.ShouldAllBe(r => FinnishReference.IsValid(r));
        references.Distinct().Count().ShouldBe(500);
    }
}
