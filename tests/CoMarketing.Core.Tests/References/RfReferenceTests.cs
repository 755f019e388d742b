using CoMarketing.Core.References;

namespace CoMarketing.Core.Tests.References;

public sealed class RfReferenceTests
{
    [Theory]
    [InlineData("539007547034", "RF18539007547034")] // the ISO 11649 example
    [InlineData("1232", "RF111232")]
    [InlineData("10016", "RF0810016")]
    public void FromReference_Should_Compute_The_Mod_97_Check_Digits(string reference, string expected)
    {
        RfReference.FromReference(reference).Value.ShouldBe(expected);
        RfReference.IsValid(expected).ShouldBeTrue();
    }

    [Theory]
    [InlineData("RF18 5390 0754 7034")]
    [InlineData("rf18539007547034")]
    public void IsValid_Should_Accept_The_Printed_Form(string text)
    {
        RfReference.IsValid(text).ShouldBeTrue();
    }

    [Theory]
    [InlineData("RF19539007547034")]
    [InlineData("RF18539007547035")]
    [InlineData("XX18539007547034")]
    [InlineData("RF18")]
    [InlineData("RF1A539007547034")]
    [InlineData("")]
    public void IsValid_Should_Refuse_Wrong_Check_Digits_And_Malformed_References(string text)
    {
        RfReference.IsValid(text).ShouldBeFalse();
    }

    [Fact]
    public void Every_Invoice_Reference_Should_Round_Trip_Through_Its_RF_Form()
    {
        foreach (var position in Enumerable.Range(1, 300))
        {
            var national = InvoiceReferences.ForPosition(position);
            var rf = RfReference.FromReference(national).Value;
            RfReference.IsValid(rf).ShouldBeTrue();
            rf[4..].ShouldBe(national.Value);
        }
    }
}
