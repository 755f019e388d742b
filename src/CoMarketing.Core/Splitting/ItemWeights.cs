using System.Globalization;
using System.Numerics;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reach;

namespace CoMarketing.Core.Splitting;

/// <summary>
/// The exact integer weights of one item's sharers under its rule, validated. Error messages start with the
/// item's path (<c>items[1].percents: …</c>) so a person can find what to fix.
/// </summary>
internal static class ItemWeights
{
    public static IReadOnlyList<BigInteger> For(CostItem item, string path, IReadOnlyList<SplitParticipant> sharers, long? population)
        => item.Rule switch
        {
            SplitRule.Equal => Equal(sharers.Count),
            SplitRule.Shares => Shares(item, path, sharers),
            SplitRule.Percent => Percents(item, path, sharers),
            SplitRule.Exact => ExactAmounts(item, path, sharers),
            SplitRule.Reach => OrEqual(new ReachGame(population, sharers.Select(s => s.Reach)).ShapleyWeights()),
            SplitRule.Benefit => OrEqual(new ReachGame(population, sharers.Select(s => s.Reach)).BenefitWeights()),
            _ => throw DomainException.Of("SplitUnknownRule", path),
        };

    private static BigInteger[] Equal(int count) => [.. Enumerable.Repeat(BigInteger.One, count)];

    private static IReadOnlyList<BigInteger> OrEqual(IReadOnlyList<BigInteger> weights)
        => weights.All(w => w.IsZero) ? Equal(weights.Count) : weights;

    private static BigInteger[] Shares(CostItem item, string path, IReadOnlyList<SplitParticipant> sharers)
    {
        var values = sharers.Select(s => Override(item.Weights, s.Id) ?? s.Weight ?? 1m).ToList();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] < 0)
            {
                throw DomainException.Of("SplitWeightNegative", path, sharers[i].Id, values[i]);
            }
        }

        if (values.Sum() == 0)
        {
            throw DomainException.Of("SplitWeightsZero", path);
        }

        return DecimalWeights.ToIntegers(values);
    }

    private static BigInteger[] Percents(CostItem item, string path, IReadOnlyList<SplitParticipant> sharers)
    {
        var values = sharers.Select(s => Override(item.Percents, s.Id) ?? s.Percent ?? 0m).ToList();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is < 0 or > 100)
            {
                throw DomainException.Of("SplitPercentRange", path, sharers[i].Id, values[i]);
            }
        }

        var total = values.Sum();
        if (total != 100m)
        {
            throw DomainException.Of("SplitPercentTotal", path, total);
        }

        return DecimalWeights.ToIntegers(values);
    }

    private static BigInteger[] ExactAmounts(CostItem item, string path, IReadOnlyList<SplitParticipant> sharers)
    {
        var amounts = sharers.Select(s => item.Amounts is not null && item.Amounts.TryGetValue(s.Id, out var a) ? a : s.Amount).ToList();
        var missing = Enumerable.Range(0, sharers.Count).Where(i => amounts[i] is null).ToList();
        if (missing.Count > 1)
        {
            var names = missing.Select(i => DomainProblem.Of("Quoted", sharers[i].Id)).ToArray();
            throw DomainException.Of("SplitAmountsMissing", path, names);
        }

        var given = Money.Sum(amounts.Where(a => a is not null).Select(a => a!.Value));
        if (missing.Count == 0 && given != item.Net)
        {
            throw DomainException.Of("SplitAmountsTotal", path, given, item.Net);
        }

        if (missing.Count == 1)
        {
            amounts[missing[0]] = item.Net - given;
        }

        for (var i = 0; i < amounts.Count; i++)
        {
            var amount = amounts[i]!.Value;
            if (!amount.IsZero && Math.Sign(amount.Cents) != Math.Sign(item.Net.Cents))
            {
                throw missing.Contains(i)
                    ? DomainException.Of("SplitAmountsNothingLeft", path, given, item.Net, sharers[i].Id)
                    : DomainException.Of("SplitAmountOppositeSign", path, amount, sharers[i].Id, item.Net);
            }
        }

        return [.. amounts.Select(a => (BigInteger)Math.Abs(a!.Value.Cents))];
    }

    private static decimal? Override(IReadOnlyDictionary<string, decimal>? values, string id)
        => values is not null && values.TryGetValue(id, out var value) ? value : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
