using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Settlement;
using FsCheck.Xunit;

namespace CoMarketing.Core.Tests.Settlement;

public sealed class SettlementPlannerTests
{
    private static PartyBalance B(string id, long cents) => new(id, new Money(cents));

    [Fact]
    public void Largest_Debtor_Should_Pay_Largest_Creditor_First()
    {
        // Given
        PartyBalance[] balances = [B("a", -300), B("b", -700), B("c", 600), B("association", 400)];

        // When
        var transfers = SettlementPlanner.Plan(balances);

        // Then
        transfers.Select(t => $"{t.From}->{t.To} {t.Amount}").ShouldBe(["b->c 6.00", "a->association 3.00", "b->association 1.00"]);
    }

    [Fact]
    public void Equal_Balances_Should_Be_Taken_In_The_Given_Order()
    {
        var transfers = SettlementPlanner.Plan([B("a", -100), B("b", -100), B("x", 100), B("y", 100)]);
        transfers.Select(t => $"{t.From}->{t.To}").ShouldBe(["a->x", "b->y"]);
    }

    [Fact]
    public void Settled_Balances_Should_Need_No_Transfers()
    {
        SettlementPlanner.Plan([B("a", 0), B("b", 0)]).ShouldBeEmpty();
    }

    [Fact]
    public void Balances_That_Do_Not_Sum_To_Zero_Should_Be_Refused()
    {
        Should.Throw<DomainException>(() => SettlementPlanner.Plan([B("a", -1)])).Message.ShouldContain("sum to zero");
    }

    [Property(MaxTest = 200)]
    public bool Transfers_Should_Zero_Every_Balance(int[] raw)
    {
        // Given balances that sum to zero: the last party takes the difference
        var values = raw.Take(30).Select(v => (long)(v % 1_000_000)).ToList();
        values.Add(-values.Sum());
        var balances = values.Select((v, i) => B($"p{i}", v)).ToList();

        // When
        var transfers = SettlementPlanner.Plan(balances);

        // Then
        var left = balances.ToDictionary(b => b.Id, b => b.Balance.Cents);
        foreach (var transfer in transfers)
        {
            if (transfer.Amount.Cents <= 0)
            {
                return false;
            }

            left[transfer.From] += transfer.Amount.Cents;
            left[transfer.To] -= transfer.Amount.Cents;
        }

        return left.Values.All(v => v == 0) && transfers.Count < Math.Max(1, balances.Count);
    }
}
