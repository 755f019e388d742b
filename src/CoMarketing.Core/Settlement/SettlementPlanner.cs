using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Settlement;

/// <summary>Plans the payments that settle a set of balances.</summary>
/// <remarks>
/// Repeatedly the largest debtor pays the largest creditor as much as settles one of them, until every balance
/// is zero; equal balances are taken in the parties' given order. At most one transfer fewer than the parties.
/// </remarks>
public static class SettlementPlanner
{
    /// <summary>The transfers, in the order they are made. The balances must sum to zero.</summary>
    public static IReadOnlyList<Transfer> Plan(IReadOnlyList<PartyBalance> balances)
    {
        ArgumentNullException.ThrowIfNull(balances);
        var remaining = balances.Select(b => b.Balance.Cents).ToArray();
        var total = Money.Sum(balances.Select(b => b.Balance));
        if (!total.IsZero)
        {
            throw DomainException.Of("BalancesNotZero", total);
        }

        var transfers = new List<Transfer>();
        while (true)
        {
            var debtor = IndexOfExtreme(remaining, sign: -1);
            var creditor = IndexOfExtreme(remaining, sign: 1);
            if (debtor < 0 || creditor < 0)
            {
                return transfers;
            }

            var amount = Math.Min(-remaining[debtor], remaining[creditor]);
            remaining[debtor] += amount;
            remaining[creditor] -= amount;
            transfers.Add(new Transfer(balances[debtor].Id, balances[creditor].Id, new Money(amount)));
        }
    }

    /// <summary>
    /// The transfers when <paramref name="hub"/> (the association) settles with everyone: each party with a negative
    /// balance pays it to the hub, the hub reimburses each party with a positive balance; one transfer per party
    /// whose balance is not zero, in the parties' order. The hub's own balance is what remains, so it needs no entry.
    /// </summary>
    public static IReadOnlyList<Transfer> PlanViaHub(IReadOnlyList<PartyBalance> balances, string hub)
    {
        ArgumentNullException.ThrowIfNull(balances);
        ArgumentException.ThrowIfNullOrWhiteSpace(hub);
        return [.. balances
            .Where(b => b.Id != hub && !b.Balance.IsZero)
            .Select(b => b.Balance.Cents < 0
                ? new Transfer(b.Id, hub, new Money(-b.Balance.Cents))
                : new Transfer(hub, b.Id, b.Balance))];
    }

    /// <summary>The first index with the largest magnitude of the given sign, or −1 when none has that sign.</summary>
    private static int IndexOfExtreme(long[] values, int sign)
    {
        var best = -1;
        for (var i = 0; i < values.Length; i++)
        {
            if (Math.Sign(values[i]) == sign && (best < 0 || Math.Abs(values[i]) > Math.Abs(values[best])))
            {
                best = i;
            }
        }

        return best;
    }
}
