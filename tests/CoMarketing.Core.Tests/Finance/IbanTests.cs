using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Tests.Finance;

public sealed class IbanTests
{
    [Theory]
    [InlineData("FI21 1234 5600 0007 85", "FI2112345600000785", "FI21 1234 5600 0007 85")]
    [InlineData("fi2112345600000785", "FI2112345600000785", "FI21 1234 5600 0007 85")]
    [InlineData("DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "DE89 3704 0044 0532 0130 00")]
    public void Parse_Should_Accept_Valid_Ibans_In_Any_Spacing_And_Case(string text, string value, string grouped)
    {
        var iban = Iban.Parse(text);
        (iban.Value, iban.Grouped).ShouldBe((value, grouped));
    }

    [Theory]
    [InlineData("FI21 1234 5600 0007 86", "wrong check digits")]
    [InlineData("FI21 1234 5600 0007 8", "18 characters")]
    [InlineData("1234", "country code")]
    [InlineData("", "country code")]
    public void Parse_Should_Refuse_Invalid_Ibans_With_A_Reason(string text, string reason)
        => Should.Throw<DomainException>(() => Iban.Parse(text)).Message.ShouldContain(reason);
}
