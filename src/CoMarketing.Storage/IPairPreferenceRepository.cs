using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;

namespace CoMarketing.Storage;

/// <summary>Members' "never pair" and "we are fine together" marks on other businesses (one per ordered pair).</summary>
public interface IPairPreferenceRepository
{
    IReadOnlyList<PairPreference> GetAll();

    /// <summary>The marks made by or about the given business.</summary>
    IReadOnlyList<PairPreference> GetFor(long businessId);

    /// <summary>Sets (or replaces) the mark <c>From</c> makes on <c>To</c>; both businesses must exist.</summary>
    void Set(PairPreference preference, Actor actor);

    /// <summary>Removes the mark <paramref name="from"/> made on <paramref name="to"/>; nothing when there is none.</summary>
    void Remove(long from, long to, Actor actor);
}
