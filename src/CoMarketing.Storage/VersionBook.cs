using System.Collections.Concurrent;

namespace CoMarketing.Storage;

/// <summary>
/// The versions of the businesses or campaigns one store instance has read or written: what a save is based on.
/// A save of a record whose stored version differs from the one remembered here is refused with
/// <see cref="ChangedElsewhereException"/>; reading the record again (a reload) remembers its new version.
/// A record this instance never read is saved without the check (there is nothing it was based on).
/// </summary>
internal sealed class VersionBook
{
    private readonly ConcurrentDictionary<long, long> _seen = new();

    public void Remember(long id, long version) => _seen[id] = version;

    /// <summary>
    /// Refuses a save based on <paramref name="carried"/>, the version the saved object itself was read at, when the
    /// stored <paramref name="current"/> differs; an object that carries none (0) is checked against what this
    /// instance read.
    /// </summary>
    public void Check(long id, long carried, long current, Func<string> what)
    {
        if (carried > 0)
        {
            if (carried != current)
            {
                throw new ChangedElsewhereException(what(), id, carried, current);
            }

            return;
        }

        Check(id, current, what);
    }

    /// <summary>Refuses a save when the stored <paramref name="current"/> version is not the one this instance read.</summary>
    public void Check(long id, long current, Func<string> what)
    {
        if (_seen.TryGetValue(id, out var basedOn) && basedOn != current)
        {
            throw new ChangedElsewhereException(what(), id, basedOn, current);
        }
    }
}
