using CoMarketing.Core.Finance;
using CoMarketing.Core.Splitting;
using FsCheck.Xunit;

namespace CoMarketing.Core.Tests.Splitting;

/// <summary>Invariants of the split that must hold for every input, checked on random inputs.</summary>
public sealed class SplitPropertiesTests
{
    private static readonly SplitRule[] Rules = Enum.GetValues<SplitRule>();

    /// <summary>Builds a valid random request from raw random numbers, one item per rule.</summary>
    private static SplitRequest RandomRequest(int[] raw, long net, ushort vatBasisPoints, bool withPopulation)
    {
        var count = 1 + (raw.Length % 9);
        var seed = raw.Select(Math.Abs).DefaultIfEmpty(7).ToArray();
        int R(int i) => seed[i % seed.Length] % 1000;
        const long population = 20_000;
        var participants = Enumerable.Range(0, count)
            .Select(i => new SplitParticipant($"p{i}", $"P{i}", R(i) * 20L, R(i + 1) % 5))
            .ToList();
        var among = participants.Where((_, i) => i == 0 || R(i + 2) % 3 != 0).Select(p => p.Id).ToList();
        var amount = new Money(net % 100_000_000);
        var vat = new VatRate(vatBasisPoints % 10_001);
        var items = Rules.Select(rule => new CostItem(rule.ToName(), amount, vat, rule, CostItem.Association, among)).ToList();

        // Percent: everything on the first sharer except one percent per other sharer, up to 50.
        var percents = among.ToDictionary(id => id, id => id == among[0] ? 100m - Math.Min(50, among.Count - 1) : 0m);
        foreach (var id in among.Skip(1).Take(50))
        {
            percents[id] = 1m;
        }

        items[(int)SplitRule.Percent] = items[(int)SplitRule.Percent] with { Percents = percents };
        if (participants.Select(p => p.Weight).Where((_, i) => among.Contains($"p{i}")).All(w => w == 0))
        {
            items[(int)SplitRule.Shares] = items[(int)SplitRule.Shares] with { Weights = new Dictionary<string, decimal> { [among[0]] = 1 } };
        }

        // Exact: each other sharer a slice of the net, the first takes the rest.
        var slice = new Money(amount.Cents / (among.Count + 1));
        items[(int)SplitRule.Exact] = items[(int)SplitRule.Exact] with { Amounts = among.Skip(1).ToDictionary(id => id, _ => slice) };
        return new SplitRequest(withPopulation ? population : null, participants, items);
    }

    [Property(MaxTest = 150)]
    public bool Parts_Should_Sum_Exactly_To_The_Item_For_Every_Rule(int[] raw, long net, ushort vat, bool withPopulation)
    {
        var result = CostSplitter.Split(RandomRequest(raw, net, vat, withPopulation));
        return result.Items.All(item =>
            Money.Sum(item.Parts.Select(p => p.Net)) == item.Net
            && Money.Sum(item.Parts.Select(p => p.Vat)) == item.Vat
            && Money.Sum(item.Parts.Select(p => p.Gross)) == item.Gross);
    }

    [Property(MaxTest = 150)]
    public bool Nobody_Outside_Among_Should_Pay(int[] raw, long net, ushort vat, bool withPopulation)
    {
        var request = RandomRequest(raw, net, vat, withPopulation);
        var result = CostSplitter.Split(request);
        return result.Items.All(item => item.Parts
            .Where((_, i) => !item.Item.Among!.Contains(request.Participants[i].Id))
            .All(part => part == SplitPart.Zero));
    }

    [Property(MaxTest = 150)]
    public bool Every_Part_Should_Have_The_Sign_Of_The_Item_And_Differ_From_Its_Exact_Share_By_Under_A_Cent(int[] raw, long net, ushort vat)
    {
        var result = CostSplitter.Split(RandomRequest(raw, net, vat, withPopulation: true));
        var equal = result.Items[(int)SplitRule.Equal];
        var sharers = equal.Item.Among!.Count;
        return result.Items.All(item => item.Parts.All(p => p.Net.Cents == 0 || Math.Sign(p.Net.Cents) == Math.Sign(item.Net.Cents)))
            && equal.Parts.Take(1).All(p => Math.Abs((p.Net.Cents * (decimal)sharers) - equal.Net.Cents) < sharers);
    }

    [Property(MaxTest = 100)]
    public bool Over_A_Multiple_Of_N_Equal_Items_Every_Sharer_Should_Pay_The_Same(byte sharers, uint cents, byte rounds)
    {
        // Given n sharers and the same equal item repeated n × m times
        var n = 1 + (sharers % 12);
        var m = 1 + (rounds % 4);
        var participants = Enumerable.Range(0, n).Select(i => new SplitParticipant($"p{i}", $"P{i}")).ToList();
        var item = new CostItem("Ad", new Money(cents % 1_000_000), VatRate.Default, SplitRule.Equal);

        // When
        var result = CostSplitter.Split(new SplitRequest(null, participants, Enumerable.Repeat(item, n * m).ToList()));

        // Then the odd cents went round evenly
        return result.Participants.Select(p => p.Total.Gross).Distinct().Count() == 1;
    }

    [Property(MaxTest = 100)]
    public bool With_One_Odd_Cent_Per_Item_Totals_Should_Differ_By_At_Most_One_Cent(byte sharers, ushort euros, byte count)
    {
        // Given items whose equal split leaves exactly one odd cent
        var n = 2 + (sharers % 10);
        var participants = Enumerable.Range(0, n).Select(i => new SplitParticipant($"p{i}", $"P{i}")).ToList();
        var item = new CostItem("Ad", new Money((n * (long)euros) + 1), new VatRate(0), SplitRule.Equal);

        // When any number of them are split
        var result = CostSplitter.Split(new SplitRequest(null, participants, Enumerable.Repeat(item, count % 40).ToList()));

        // Then
        var totals = result.Participants.Select(p => p.Total.Net.Cents).ToList();
        return totals.Max() - totals.Min() <= 1;
    }

    [Property(MaxTest = 100)]
    public bool Transfers_Should_Settle_Every_Balance(int[] raw, long net, ushort vat)
    {
        var request = RandomRequest(raw, net, vat, withPopulation: true);
        var payers = request.Participants.Select(p => p.Id).Append(CostItem.Association).ToList();
        request = request with { Items = [.. request.Items.Select((item, k) => item with { PaidBy = payers[k % payers.Count] })] };
        var result = CostSplitter.Split(request);
        var balances = result.Participants.ToDictionary(p => p.Participant.Id, p => p.Balance.Cents);
        balances[CostItem.Association] = result.AssociationPaid.Cents;
        foreach (var transfer in result.Transfers)
        {
            balances[transfer.From] += transfer.Amount.Cents;
            balances[transfer.To] -= transfer.Amount.Cents;
        }

        return balances.Values.All(v => v == 0);
    }
}
