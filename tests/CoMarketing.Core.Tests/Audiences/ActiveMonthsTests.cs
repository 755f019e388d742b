using CoMarketing.Core.Audiences;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Tests.Audiences;

public sealed class ActiveMonthsTests
{
    [Theory]
    [InlineData("1-12", new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })]
    [InlineData("6-8|12", new[] { 6, 7, 8, 12 })]
    [InlineData("11-2", new[] { 1, 2, 11, 12 })]
    [InlineData("12-1", new[] { 1, 12 })]
    [InlineData("3", new[] { 3 })]
    [InlineData(" 6 – 8 | 7 ", new[] { 6, 7, 8 })]
    public void Parse_Should_Read_Months_Ranges_And_Wrapping_Ranges(string text, int[] expected)
        => ActiveMonths.Parse(text).Months.ShouldBe(expected);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("0-3", "outside 1–12")]
    [InlineData("13", "outside 1–12")]
    [InlineData("tammi", "must be a month 1–12")]
    [InlineData("1-2-3", "must be a month 1–12")]
    public void Parse_Should_Refuse_Bad_Text(string text, string reason)
        => Should.Throw<DomainException>(() => ActiveMonths.Parse(text)).Message.ShouldContain(reason);

    [Theory]
    [InlineData(0)]
    [InlineData(4096)]
    [InlineData(-1)]
    public void A_Mask_Without_Months_Or_Beyond_December_Should_Be_Refused(int mask)
        => Should.Throw<DomainException>(() => new ActiveMonths(mask));

    [Theory]
    [InlineData("1-12", "1-12", 1.0)]
    [InlineData("6-8", "12-2", 0.0)]
    [InlineData("6-8", "7-9", 0.5)]
    public void Overlap_Should_Be_Jaccard_Of_Months(string a, string b, double expected)
        => ActiveMonths.Parse(a).Overlap(ActiveMonths.Parse(b)).ShouldBe(expected, 1e-12);

    [Fact]
    public void ToString_Should_Parse_Back_To_The_Same_Months()
    {
        var months = ActiveMonths.Parse("11-2|6-8");
        ActiveMonths.Parse(months.ToString()).ShouldBe(months);
        months.Count.ShouldBe(7);
    }
}
