using CoMarketing.Core.Common;
using CoMarketing.Reports.Exports;

namespace CoMarketing.Reports.Tests.Exports;

public sealed class JsonSummaryTests
{
    [Fact]
    public void Json_Should_Read_Back_Into_The_Same_Figures()
    {
        // Given
        var original = SummaryFixture.Summary;
        var json = new JsonSummaryWriter().Write(original);

        // When
        var read = JsonSummaryReader.Read(json);

        // Then
        read.Campaign.ShouldBe(original.Campaign);
        read.Totals.ShouldBe(original.Totals);
        read.Participants.ShouldBe(original.Participants);
        read.Transfers.ShouldBe(original.Transfers);
        read.Items.Select(i => (i.Description, i.Rule, i.PaidBy, i.VatPercent, i.Amounts)).ShouldBe(original.Items.Select(i => (i.Description, i.Rule, i.PaidBy, i.VatPercent, i.Amounts)));
        read.Items.SelectMany(i => i.Parts).ShouldBe(original.Items.SelectMany(i => i.Parts));
        (read.Population, read.CombinedReach, read.Association, read.Currency).ShouldBe((original.Population, original.CombinedReach, original.Association, original.Currency));
        json.ShouldContain("\"gross\": \"1506.00\"");
        json.ShouldContain("\"rfReference\": \"RF0810016\"");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{ \"association\": \"x\" }")]
    [InlineData("null")]
    public void Reading_Something_Else_Should_Say_So(string json)
        => Should.Throw<DomainException>(() => JsonSummaryReader.Read(json));
}
