using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;

namespace CoMarketing.Storage;

/// <summary>The member businesses with their audiences, channels and offerings.</summary>
/// <remarks>
/// Every change is one transaction with one audit entry; a failure saves nothing. Names are unique ignoring case
/// (after trimming) and a business ID (Y-tunnus) belongs to one business only; a change breaking either is refused
/// with a <see cref="Core.Common.DomainException"/> naming the holder.
/// </remarks>
public interface IBusinessRepository
{
    /// <summary>All businesses ordered by name (case-insensitive); archived ones only when asked.</summary>
    IReadOnlyList<Business> GetAll(bool includeArchived = false);

    /// <summary>The business with this store id, or null.</summary>
    Business? Get(long id);

    /// <summary>The number of businesses (not archived unless asked); LiteDB loads every document to count them.</summary>
    int Count(bool includeArchived = false);

    /// <summary>Whether there is any business (archived ones only when asked), reading at most one.</summary>
    bool Any(bool includeArchived = false);

    /// <summary>
    /// Businesses whose name equals <paramref name="text"/> ignoring case; when there is none, those whose name
    /// contains it. Archived businesses are left out unless asked. Empty when nothing matches.
    /// </summary>
    IReadOnlyList<Business> FindByName(string text, bool includeArchived = false);

    /// <summary>Saves a new business and returns it with its store id.</summary>
    Business Add(Business business, Actor actor);

    /// <summary>Saves many new businesses (an import): all or nothing, one transaction, one audit entry.</summary>
    IReadOnlyList<Business> AddRange(IReadOnlyCollection<Business> businesses, Actor actor);

    /// <summary>Replaces a saved business (found by its id) with the given one; its kiosk PIN stays.</summary>
    void Update(Business business, Actor actor);

    /// <summary>Marks a business archived: it stays in old campaigns but is no longer listed or matched.</summary>
    void Archive(long id, Actor actor);
}
