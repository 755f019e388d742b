using System.Numerics;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reach;
using CoMarketing.Core.References;
using CoMarketing.Core.Settlement;

namespace CoMarketing.Core.Splitting;

/// <summary>
/// Splits a campaign's cost items among its participants to the cent, works out reach, balances and the
/// transfers that settle up.
/// </summary>
/// <remarks>
/// <para>For the k-th item (0-based) with n sharers (taken in participant order), the net and the VAT are each split
/// with <see cref="CentSplitter"/> using the rule's exact weights, equal remainders starting at sharer
/// <c>k mod n</c>. A participant's gross is its net plus its VAT, so net, VAT and gross each sum to the item's.</para>
/// <para>The payer of an item paid its gross. The association is a party too: it is owed what it paid.
/// Balances (paid − owed) are settled by <see cref="SettlementPlanner"/> with the participants in order, then the
/// association: directly (<see cref="SettlementMode.Direct"/>) or with the association as the hub
/// (<see cref="SettlementMode.ViaAssociation"/>), where each member's invoice line is its whole debt.</para>
/// <para>Participant p (1-based) gets the invoice reference of <c>ReferenceBase + p</c>
/// (see <see cref="InvoiceReferences"/>).</para>
/// <para>Failures are <see cref="DomainException"/>s whose message starts with the path of the field at fault,
/// e.g. <c>items[1].percents: percentages total 90, must total 100</c>.</para>
/// </remarks>
public static class CostSplitter
{
    public static SplitResult Split(SplitRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var participants = request.Participants;
        ValidateParticipants(request);
        var positions = participants.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        // Reach and benefit weights depend only on the rule and the sharers: items with the same sharers share them.
        var games = new Dictionary<(SplitRule, string), IReadOnlyList<BigInteger>>();
        var items = new List<ItemSplit>();
        for (var k = 0; k < request.Items.Count; k++)
        {
            items.Add(SplitItem(request, positions, k, games));
        }

        var reach = new ReachGame(request.Population, participants.Select(p => p.Reach));
        var combined = reach.Combined();
        var splits = new List<ParticipantSplit>();
        for (var i = 0; i < participants.Count; i++)
        {
            var parts = items.Select(item => item.Parts[i]).ToList();
            var total = parts.Aggregate(SplitPart.Zero, (sum, part) => sum + part);
            var paid = Money.Sum(items.Where(item => item.Item.PaidBy == participants[i].Id).Select(item => item.Gross));
            var invoiced = request.Settlement == SettlementMode.ViaAssociation
                ? new Money(Math.Max(0, (total.Gross - paid).Cents))
                : Money.Sum(items.Where(item => item.Item.PaidBy == CostItem.Association).Select(item => item.Parts[i].Gross));
            var reference = InvoiceReferences.ForPosition(request.ReferenceBase, i + 1);
            splits.Add(new ParticipantSplit(
                participants[i], parts, total, paid, reach.OwnReach(i), reach.NewReach(i), invoiced,
                reference.Value, RfReference.FromReference(reference).Value));
        }

        var associationPaid = Money.Sum(items.Where(item => item.Item.PaidBy == CostItem.Association).Select(item => item.Gross));
        var balances = splits.Select(s => new PartyBalance(s.Participant.Id, s.Balance))
            .Append(new PartyBalance(CostItem.Association, associationPaid))
            .ToList();
        var transfers = request.Settlement == SettlementMode.ViaAssociation
            ? SettlementPlanner.PlanViaHub(balances, CostItem.Association)
            : SettlementPlanner.Plan(balances);
        return new SplitResult(request.Population, items, splits, combined, associationPaid, transfers) { Settlement = request.Settlement };
    }

    private static void ValidateParticipants(SplitRequest request)
    {
        if (request.Population is < 1)
        {
            throw DomainException.Of("SplitPopulation", request.Population);
        }

        if (request.Participants.Count == 0)
        {
            throw DomainException.Of("SplitNoParticipants");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < request.Participants.Count; i++)
        {
            var participant = request.Participants[i];
            var path = $"participants[{i}]";
            if (string.IsNullOrWhiteSpace(participant.Id))
            {
                throw DomainException.Of("SplitIdRequired", path);
            }

            if (participant.Id == CostItem.Association)
            {
                throw DomainException.Of("SplitIdReserved", path, CostItem.Association);
            }

            if (!seen.Add(participant.Id))
            {
                throw DomainException.Of("SplitIdTwice", path, participant.Id);
            }

            if (participant.Reach < 0)
            {
                throw DomainException.Of("SplitReachNegative", path, participant.Reach);
            }

            if (request.Population is { } population && participant.Reach > population)
            {
                throw DomainException.Of("SplitReachAbovePopulation", path, participant.Reach, population);
            }
        }
    }

    private static ItemSplit SplitItem(SplitRequest request, Dictionary<string, int> positions, int k, Dictionary<(SplitRule, string), IReadOnlyList<BigInteger>> games)
    {
        var item = request.Items[k];
        var path = $"items[{k}]";
        if (item.PaidBy != CostItem.Association && !positions.ContainsKey(item.PaidBy))
        {
            throw DomainException.Of("SplitUnknownPayer", path, item.PaidBy, CostItem.Association);
        }

        var sharerIndexes = Sharers(item, path, positions);
        CheckOverrides(item.Weights?.Keys, $"{path}.weights", positions, sharerIndexes);
        CheckOverrides(item.Percents?.Keys, $"{path}.percents", positions, sharerIndexes);
        CheckOverrides(item.Amounts?.Keys, $"{path}.amounts", positions, sharerIndexes);

        var sharers = sharerIndexes.Select(i => request.Participants[i]).ToList();
        IReadOnlyList<BigInteger> weights;
        if (item.Rule is SplitRule.Reach or SplitRule.Benefit)
        {
            var key = (item.Rule, string.Join(',', sharerIndexes));
            if (!games.TryGetValue(key, out var cached))
            {
                games[key] = cached = ItemWeights.For(item, path, sharers, request.Population);
            }

            weights = cached;
        }
        else
        {
            weights = ItemWeights.For(item, path, sharers, request.Population);
        }

        var net = CentSplitter.Split(item.Net.Cents, weights, k);
        var vat = CentSplitter.Split(item.Vat.Cents, weights, k);
        var parts = Enumerable.Repeat(SplitPart.Zero, request.Participants.Count).ToArray();
        for (var s = 0; s < sharerIndexes.Count; s++)
        {
            parts[sharerIndexes[s]] = new SplitPart(new Money(net[s]), new Money(vat[s]));
        }

        return new ItemSplit(item, parts);
    }

    private static List<int> Sharers(CostItem item, string path, Dictionary<string, int> positions)
    {
        if (item.Among is null)
        {
            return [.. positions.Values.Order()];
        }

        if (item.Among.Count == 0)
        {
            throw DomainException.Of("SplitAmongEmpty", path);
        }

        var indexes = new SortedSet<int>();
        foreach (var id in item.Among)
        {
            if (!positions.TryGetValue(id, out var index))
            {
                throw DomainException.Of("SplitAmongUnknown", path, id);
            }

            if (!indexes.Add(index))
            {
                throw DomainException.Of("SplitAmongTwice", path, id);
            }
        }

        return [.. indexes];
    }

    private static void CheckOverrides(IEnumerable<string>? ids, string path, Dictionary<string, int> positions, List<int> sharers)
    {
        foreach (var id in ids ?? [])
        {
            if (!positions.TryGetValue(id, out var index))
            {
                throw DomainException.Of("SplitOverrideUnknown", path, id);
            }

            if (!sharers.Contains(index))
            {
                throw DomainException.Of("SplitOverrideNotSharer", path, id);
            }
        }
    }
}
