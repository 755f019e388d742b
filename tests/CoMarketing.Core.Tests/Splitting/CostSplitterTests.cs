using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Splitting;
using static CoMarketing.Core.Tests.Splitting.SplitFixtures;

namespace CoMarketing.Core.Tests.Splitting;

public sealed class CostSplitterTests
{
    private static readonly SplitParticipant[] Three = [P("a"), P("b"), P("c")];

    [Fact]
    public void Equal_Split_Of_95_Among_Three_Should_Give_The_Odd_Cent_To_The_First_Two()
    {
        // When
        var result = Split(null, Three, Item("95.00", SplitRule.Equal, vat: "0"));

        // Then
        Nets(result, 0).ShouldBe(["31.67", "31.67", "31.66"]);
    }

    [Fact]
    public void Shares_Of_One_Euro_By_1_To_2_Should_Be_33_And_67_Cents()
    {
        var result = Split(null, [P("a", weight: 1), P("b", weight: 2)], Item("1.00", SplitRule.Shares, vat: "0"));
        Nets(result, 0).ShouldBe(["0.33", "0.67"]);
    }

    [Fact]
    public void Net_And_Vat_Should_Each_Be_Split_And_Gross_Be_Their_Sum()
    {
        // Given 95.00 + 25.5 % VAT = 24.23 (24.225 rounded half away from zero)
        var result = Split(null, Three, Item("95.00", SplitRule.Equal));

        // Then
        result.Items[0].Vat.ToString().ShouldBe("24.23");
        Vats(result, 0).ShouldBe(["8.08", "8.08", "8.07"]);
        result.Participants[0].Total.Gross.ToString().ShouldBe("39.75");
        Money.Sum(result.Participants.Select(p => p.Total.Gross)).ShouldBe(result.Items[0].Gross);
    }

    [Fact]
    public void The_Kth_Item_Should_Start_Its_Tie_Order_At_Sharer_K_Mod_N()
    {
        // When the same 1.00 is split equally three times
        var item = Item("1.00", SplitRule.Equal, vat: "0");
        var result = Split(null, Three, item, item, item, item);

        // Then the odd cent moves along: a, b, c, then a again
        Nets(result, 0).ShouldBe(["0.34", "0.33", "0.33"]);
        Nets(result, 1).ShouldBe(["0.33", "0.34", "0.33"]);
        Nets(result, 2).ShouldBe(["0.33", "0.33", "0.34"]);
        Nets(result, 3).ShouldBe(["0.34", "0.33", "0.33"]);
    }

    [Fact]
    public void Tie_Order_Should_Count_Only_The_Items_Sharers()
    {
        // Given the second item (k = 1) shared by a and c only: start at sharer 1 mod 2 = c
        var result = Split(null, Three, Item("1.00", SplitRule.Equal, vat: "0"), Item("0.01", SplitRule.Equal, vat: "0", among: ["c", "a"]));

        // Then
        Nets(result, 1).ShouldBe(["0.00", "0.00", "0.01"]);
    }

    [Fact]
    public void Item_Weights_Should_Override_Only_The_Participants_They_Name()
    {
        // Given a's own weight 1 is overridden to 2 for this item; b keeps its own 1 and c the default 1
        var item = Item("100.00", SplitRule.Shares, vat: "0") with { Weights = new Dictionary<string, decimal> { ["a"] = 2 } };
        var result = Split(null, [P("a", weight: 1), P("b", weight: 1), P("c")], item);
        Nets(result, 0).ShouldBe(["50.00", "25.00", "25.00"]);
    }

    [Fact]
    public void Percent_Split_Should_Follow_The_Percentages()
    {
        var item = Item("1200.00", SplitRule.Percent, vat: "0") with { Percents = new Dictionary<string, decimal> { ["a"] = 50, ["b"] = 25 } };
        var result = Split(null, [P("a"), P("b"), P("c", percent: 25)], item);
        Nets(result, 0).ShouldBe(["600.00", "300.00", "300.00"]);
    }

    [Theory]
    [InlineData(40, 50, "items[0].percents: percentages total 90, must total 100")]
    [InlineData(60, 50, "items[0].percents: percentages total 110, must total 100")]
    [InlineData(33.33, 66.66, "items[0].percents: percentages total 99.99, must total 100")]
    public void Percentages_Not_Totalling_100_Should_Be_Refused(double first, double second, string message)
    {
        var item = Item("100.00", SplitRule.Percent) with
        {
            Percents = new Dictionary<string, decimal> { ["a"] = (decimal)first, ["b"] = (decimal)second },
        };
        Should.Throw<DomainException>(() => Split(null, [P("a"), P("b")], item)).Message.ShouldBe(message);
    }

    [Fact]
    public void Exact_Split_Should_Let_One_Sharer_Take_The_Rest()
    {
        // Given a pays 500.00, c 100.00, b the rest of 1200.00
        var item = Item("1200.00", SplitRule.Exact) with
        {
            Amounts = new Dictionary<string, Money> { ["a"] = Money.Parse("500.00") },
        };
        var result = Split(null, [P("a"), P("b"), P("c", amount: "100.00")], item);

        // Then the net is exact and the VAT 306.00 is split in the same proportions
        Nets(result, 0).ShouldBe(["500.00", "600.00", "100.00"]);
        Vats(result, 0).ShouldBe(["127.50", "153.00", "25.50"]);
    }

    [Theory]
    [InlineData("500.00", "600.00", "items[0].amounts: amounts total 1100.00, must total the item's net 1200.00")]
    [InlineData("700.00", "600.00", "items[0].amounts: amounts total 1300.00, must total the item's net 1200.00")]
    public void Exact_Amounts_Not_Totalling_The_Item_Should_Be_Refused(string a, string b, string message)
    {
        var result = () => Split(null, [P("a", amount: a), P("b", amount: b)], Item("1200.00", SplitRule.Exact));
        Should.Throw<DomainException>(result).Message.ShouldBe(message);
    }

    [Fact]
    public void Exact_Split_Should_Refuse_Two_Sharers_Without_Amounts_And_A_Negative_Rest()
    {
        Should.Throw<DomainException>(() => Split(null, [P("a", amount: "1.00"), P("b"), P("c")], Item("10.00", SplitRule.Exact)))
            .Message.ShouldBe("items[0].amounts: 'b', 'c' have no amount; at most one sharer may leave it out and take the rest");
        Should.Throw<DomainException>(() => Split(null, [P("a", amount: "11.00"), P("b")], Item("10.00", SplitRule.Exact)))
            .Message.ShouldStartWith("items[0].amounts: amounts total 11.00, more than the item's net 10.00");
    }

    [Fact]
    public void A_Negative_Item_Should_Be_Split_As_Its_Absolute_Value_Negated()
    {
        var result = Split(null, Three, Item("-95.00", SplitRule.Equal));
        Nets(result, 0).ShouldBe(["-31.67", "-31.67", "-31.66"]);
        Vats(result, 0).ShouldBe(["-8.08", "-8.08", "-8.07"]);
    }

    [Fact]
    public void Reach_Split_Should_Use_Shapley_Values_Of_The_Sharers()
    {
        // Given Shapley values 218 000, 308 000 and 138 000 (sum 664 000 = combined reach)
        var participants = new[] { P("a", 300_000), P("b", 400_000), P("c", 200_000) };

        // When
        var result = Split(1_000_000, participants, Item("1000.00", SplitRule.Reach, vat: "0"));

        // Then 100000 × 218/664 = 32831.3, × 308/664 = 46385.5, × 138/664 = 20783.1: b gets the odd cent
        Nets(result, 0).ShouldBe(["328.31", "463.86", "207.83"]);
    }

    [Fact]
    public void Benefit_Split_Should_Follow_The_New_Reach_Gained()
    {
        // Given new reach 364 000, 264 000, 464 000
        var participants = new[] { P("a", 300_000), P("b", 400_000), P("c", 200_000) };

        // When
        var result = Split(1_000_000, participants, Item("1000.00", SplitRule.Benefit, vat: "0"));

        // Then
        Nets(result, 0).ShouldBe(["333.33", "241.76", "424.91"]);
    }

    [Fact]
    public void Reach_Rules_Should_Use_Only_The_Sharers_Reach()
    {
        // Given c, not a sharer, has a big audience that must not change a and b's Shapley values (1:3 without overlap)
        var participants = new[] { P("a", 100), P("b", 300), P("c", 900_000) };
        var result = Split(null, participants, Item("100.00", SplitRule.Reach, vat: "0", among: ["a", "b"]));
        Nets(result, 0).ShouldBe(["25.00", "75.00", "0.00"]);
    }

    [Theory]
    [InlineData(SplitRule.Reach)]
    [InlineData(SplitRule.Benefit)]
    public void Reach_Rules_Should_Fall_Back_To_Equal_When_Every_Weight_Is_Zero(SplitRule rule)
    {
        var result = Split(1000, [P("a"), P("b"), P("c")], Item("95.00", rule, vat: "0"));
        Nets(result, 0).ShouldBe(["31.67", "31.67", "31.66"]);
    }

    [Fact]
    public void Balances_Should_Be_Paid_Minus_Owed_And_The_Association_Be_Owed_What_It_Paid()
    {
        // Given a paid the 1200.00 newspaper ad, the association the 300.00 poster
        var result = Split(null, Three,
            Item("1200.00", SplitRule.Equal, paidBy: "a"),
            Item("300.00", SplitRule.Equal));

        // Then a paid 1506.00 gross and owes 502.00 + 125.50
        var a = result.Participants[0];
        a.Paid.ToString().ShouldBe("1506.00");
        a.Balance.ToString().ShouldBe("878.50");
        a.Invoiced.ToString().ShouldBe("125.50");
        result.AssociationPaid.ToString().ShouldBe("376.50");
        result.Transfers.Select(t => $"{t.From}->{t.To} {t.Amount}").ShouldBe(["b->a 627.50", "c->association 376.50", "c->a 251.00"]);
    }

    [Fact]
    public void Reach_Figures_Should_Be_Exact()
    {
        var result = Split(1_000_000, [P("a", 300_000), P("b", 400_000), P("c", 200_000)]);
        result.CombinedReach.RoundToWhole().ShouldBe(664_000);
        result.Participants.Select(p => p.NewReach.RoundToWhole()).ShouldBe([364_000, 264_000, 464_000]);
        result.Participants.Select(p => p.Reference).ShouldBe(["10016", "10029", "10032"]);
    }

    [Theory]
    [InlineData("x", "items[0].paidBy: unknown payer 'x'; use a participant id or 'association'")]
    public void An_Unknown_Payer_Should_Be_Refused(string payer, string message)
    {
        Should.Throw<DomainException>(() => Split(null, Three, Item("1.00", SplitRule.Equal, paidBy: payer))).Message.ShouldBe(message);
    }

    [Fact]
    public void Among_Should_Name_Known_Participants_Once()
    {
        Should.Throw<DomainException>(() => Split(null, Three, Item("1.00", SplitRule.Equal, among: ["a", "zz"])))
            .Message.ShouldBe("items[0].among: unknown participant 'zz'");
        Should.Throw<DomainException>(() => Split(null, Three, Item("1.00", SplitRule.Equal, among: ["a", "a"])))
            .Message.ShouldBe("items[0].among: 'a' is listed twice");
        Should.Throw<DomainException>(() => Split(null, Three, Item("1.00", SplitRule.Equal, among: [])))
            .Message.ShouldStartWith("items[0].among: is empty");
    }

    [Fact]
    public void Participants_Should_Be_Validated()
    {
        Should.Throw<DomainException>(() => Split(100, [P("a", reach: 101)])).Message.ShouldBe("participants[0].reach: 101 is above the population 100");
        Should.Throw<DomainException>(() => Split(100, [P("a", reach: -1)])).Message.ShouldBe("participants[0].reach: cannot be negative, got -1");
        Should.Throw<DomainException>(() => Split(100, [P("a"), P("a")])).Message.ShouldContain("participants[1].id");
        Should.Throw<DomainException>(() => Split(100, [P("association")])).Message.ShouldContain("reserved");
    }
}
