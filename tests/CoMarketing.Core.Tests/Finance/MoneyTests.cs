using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Tests.Finance;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1 234,50", 123450)]
    [InlineData("1234,50", 123450)]
    [InlineData("1234.50", 123450)]
    [InlineData("1234", 123400)]
    [InlineData("0,5", 50)]
    [InlineData("12\u00A0345,06", 1234506)]
    [InlineData("-95.00", -9500)]
    [InlineData(" 1200.00 ", 120000)]
    [InlineData("1 200", 120000)]
    [InlineData("1 200,50 €", 120050)]
    [InlineData("1,200.50", 120050)]
    [InlineData("12,345,678.9", 1234567890)]
    [InlineData("€12", 1200)]
    [InlineData("€ 12,5", 1250)]
    [InlineData("800 EUR", 80000)]
    [InlineData("-1 200,50€", -120050)]
    public void Parse_Should_Accept_Finnish_And_English_Forms(string text, long cents)
    {
        // When
        var money = Money.Parse(text);

        // Then
        money.Cents.ShouldBe(cents);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("abc", "not an amount")]
    [InlineData("1,234", "more than two decimals")]
    [InlineData("1,23,4.50", "not an amount")]
    [InlineData("1,234,50", "not an amount")]
    [InlineData("€", "not an amount")]
    [InlineData("€ €12", "not an amount")]
    [InlineData("12 $", "not an amount")]
    [InlineData("12.345", "more than two decimals")]
    [InlineData("1 23,00", "not an amount")]
    [InlineData("1e3", "not an amount")]
    public void Parse_Should_Refuse_Anything_Else_With_A_Message(string text, string expected)
    {
        // When
        var ok = Money.TryParse(text, out var money, out var error);

        // Then
        ok.ShouldBeFalse();
        money.ShouldBe(Money.Zero);
        error.ShouldContain(expected);
        Should.Throw<DomainException>(() => Money.Parse(text));
    }

    [Theory]
    [InlineData(123450, "1234.50")]
    [InlineData(-5, "-0.05")]
    [InlineData(0, "0.00")]
    public void ToString_Should_Be_Invariant_With_Two_Decimals(long cents, string expected)
    {
        new Money(cents).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Format_Should_Use_Finnish_Grouping_And_Decimal_Comma()
    {
        var text = new Money(123450).Format(new System.Globalization.CultureInfo("fi-FI"));
        text.Replace('\u00A0', ' ').ShouldBe("1 234,50");
    }
}
