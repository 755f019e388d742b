using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.References;
using CoMarketing.Core.Settlement;
using FsCheck;
using FsCheck.Xunit;
using static CoMarketing.Core.Tests.Campaigns.EconomicsFixtures;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Core.Tests.Settlement;

public sealed class ViaAssociationSettlementTests
{
    [Fact]
    public void A_Stored_Campaign_Should_Give_Each_Member_One_Instruction_That_Is_Its_Invoice_Line()
    {
        // Given 300.00 (no VAT) shared equally by three, paid by the association, and 90.00 shared equally, paid by member 2
        var businesses = new[] { Business(1, "A"), Business(2, "B"), Business(3, "C") };
        var campaign = Campaign([1, 2, 3], [Item("300.00", SplitRule.Equal, vat: 0m), Item("90.00", SplitRule.Equal, paidBy: 2, vat: 0m)]);

        // When
        var result = CampaignSplit.Split(campaign, businesses, Settings);

        // Then each owes 130.00; A and C pay it all to the association, B paid 90.00 of it and pays 40.00
        result.Settlement.ShouldBe(SettlementMode.ViaAssociation);
        result.Participants.Select(p => p.Balance.ToString()).ShouldBe(["-130.00", "-40.00", "-130.00"]);
        result.Transfers.Select(t => (t.From, t.To, t.Amount.ToString()))
            .ShouldBe([("1", "association", "130.00"), ("2", "association", "40.00"), ("3", "association", "130.00")]);
        result.Participants.Select(p => p.Invoiced.ToString()).ShouldBe(["130.00", "40.00", "130.00"]);
    }

    [Fact]
    public void A_Member_Who_Paid_More_Than_Its_Share_Should_Be_Reimbursed_By_The_Association_And_Not_Invoiced()
    {
        // Given member 1 paid 300.00 that three share equally, and the association paid 30.00 shared equally
        var businesses = new[] { Business(1, "A"), Business(2, "B"), Business(3, "C") };
        var campaign = Campaign([1, 2, 3], [Item("300.00", SplitRule.Equal, paidBy: 1, vat: 0m), Item("30.00", SplitRule.Equal, vat: 0m)]);

        // When
        var result = CampaignSplit.Split(campaign, businesses, Settings);

        // Then 1 is owed 300 − 110 = 190.00 by the association; 2 and 3 pay it 110.00 each
        result.Transfers.Select(t => (t.From, t.To, t.Amount.ToString()))
            .ShouldBe([("association", "1", "190.00"), ("2", "association", "110.00"), ("3", "association", "110.00")]);
        result.Participants.Select(p => p.Invoiced.ToString()).ShouldBe(["0.00", "110.00", "110.00"]);
    }

    [Fact]
    public void Direct_Settlement_Should_Be_Refused_When_The_Association_Paid_An_Item()
    {
        var campaign = Campaign([1, 2], [Item("100.00", SplitRule.Equal, paidBy: 1), Item("50.00", SplitRule.Equal)]);
        Should.Throw<DomainException>(() => campaign with { Settlement = SettlementMode.Direct })
            .Message.ShouldContain("the association paid 'Item'");
    }

    [Fact]
    public void Direct_Settlement_Should_Have_Members_Pay_Each_Other()
    {
        // Given member 1 paid 100.00 (no VAT) shared equally by two, settled directly
        var campaign = Campaign([1, 2], [Item("100.00", SplitRule.Equal, paidBy: 1, vat: 0m)]) with { Settlement = SettlementMode.Direct };

        // When
        var result = CampaignSplit.Split(campaign, [Business(1, "A"), Business(2, "B")], Settings);

        // Then
        result.Transfers.Select(t => (t.From, t.To, t.Amount.ToString())).ShouldBe([("2", "1", "50.00")]);
        result.Participants.ShouldAllBe(p => p.Invoiced.IsZero);
    }

    [Theory]
    [InlineData(7, 1, "70014")]
    [InlineData(2, 3, "20035")]
    [InlineData(12, 10, "120100")]
    public void A_Campaign_Reference_Should_Be_Campaign_Id_Times_1000_Plus_Position(long campaign, int position, string expected)
    {
        InvoiceReferences.ForPosition(InvoiceReferences.ForCampaign(campaign), position).Value.ShouldBe(expected);
    }

    [Property(MaxTest = 200)]
    public bool References_Should_Never_Repeat_Across_Campaigns(PositiveInt a, PositiveInt b, byte positionA, byte positionB)
    {
        var (ca, cb) = (a.Get % 100_000 + 1, b.Get % 100_000 + 1);
        var (pa, pb) = (positionA % 999 + 1, positionB % 999 + 1);
        var first = InvoiceReferences.ForPosition(InvoiceReferences.ForCampaign(ca), pa).Value;
        var second = InvoiceReferences.ForPosition(InvoiceReferences.ForCampaign(cb), pb).Value;
        return FinnishReference.IsValid(first) && (first == second) == (ca == cb && pa == pb);
    }

    [Property(MaxTest = 200)]
    public bool Hub_Settlement_Should_Bring_Every_Balance_To_Zero(int[] cents)
    {
        var members = cents.Select((c, i) => new PartyBalance($"m{i}", new Money(c % 1_000_000))).ToList();
        var hub = new PartyBalance("association", -Money.Sum(members.Select(m => m.Balance)));
        var transfers = SettlementPlanner.PlanViaHub([.. members, hub], "association");
        var after = members.Append(hub).ToDictionary(p => p.Id, p => p.Balance.Cents);
        foreach (var t in transfers)
        {
            after[t.From] += t.Amount.Cents;
            after[t.To] -= t.Amount.Cents;
        }

        return after.Values.All(v => v == 0) && transfers.Count == members.Count(m => !m.Balance.IsZero)
            && transfers.All(t => t.Amount.Cents > 0 && (t.From == "association" || t.To == "association"));
    }
}
