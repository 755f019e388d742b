using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;

namespace CoMarketing.Core.Tests.Kiosk;

public sealed class PinTests
{
    [Theory]
    [InlineData("1234")]
    [InlineData("0000")]
    [InlineData("12345678")]
    [InlineData(" 4321 ")]
    public void Four_To_Eight_Digits_Should_Be_A_Pin(string text)
    {
        Pin.TryParse(text, out var pin, out var error).ShouldBeTrue();
        pin.ShouldNotBeNull();
        error.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, "Enter a PIN of 4–8 digits.")]
    [InlineData("", "Enter a PIN of 4–8 digits.")]
    [InlineData("123", "A PIN must be 4–8 digits long; this one has 3.")]
    [InlineData("123456789", "A PIN must be 4–8 digits long; this one has 9.")]
    [InlineData("12a4", "A PIN may contain only the digits 0–9.")]
    [InlineData("12 34", "A PIN may contain only the digits 0–9.")]
    [InlineData("١٢٣٤", "A PIN may contain only the digits 0–9.")]
    public void Anything_Else_Should_Be_Refused_With_A_Reason_That_Does_Not_Repeat_It(string? text, string expected)
    {
        // When
        var parsed = Pin.TryParse(text, out var pin, out var error);

        // Then
        parsed.ShouldBeFalse();
        pin.ShouldBeNull();
        error.ShouldBe(expected);
        Should.Throw<DomainException>(() => Pin.Parse(text)).Message.ShouldBe(expected);
    }

    [Fact]
    public void ToString_Should_Never_Show_The_Digits()
    {
        var pin = Pin.Parse("2468");
        pin.ToString().ShouldBe("****");
        $"{pin}".ShouldNotContain("2468");
    }
}
