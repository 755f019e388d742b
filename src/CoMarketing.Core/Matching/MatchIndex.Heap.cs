namespace CoMarketing.Core.Matching;

/// <summary>The bounded heap of a ranking: the worst of the kept hits at the root.</summary>
public sealed partial class MatchIndex
{
    // The heap keeps the worst of the kept hits at the root, so a better candidate replaces it in O(log N).
    private static void SiftUp(Span<MatchHit> heap, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!RanksBelow(heap[i], heap[parent]))
            {
                return;
            }

            (heap[i], heap[parent]) = (heap[parent], heap[i]);
            i = parent;
        }
    }

    private static void SiftDown(Span<MatchHit> heap, int size)
    {
        var i = 0;
        while (true)
        {
            int left = (2 * i) + 1, right = left + 1, worst = i;
            if (left < size && RanksBelow(heap[left], heap[worst]))
            {
                worst = left;
            }

            if (right < size && RanksBelow(heap[right], heap[worst]))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }

    private static bool RanksBelow(in MatchHit x, in MatchHit y) => MatchHitOrder.RanksBelow(x.Score, x.Id, y.Score, y.Id);
}
