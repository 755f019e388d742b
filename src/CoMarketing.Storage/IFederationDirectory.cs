using CoMarketing.Core.Federation;

namespace CoMarketing.Storage;

/// <summary>
/// What the other associations of the federation (those in the same PostgreSQL database) share with it, each only
/// as far as its own <see cref="Core.Association.AssociationSettings.FederationSharing"/> allows.
/// </summary>
public interface IFederationDirectory
{
    /// <summary>False on a store that holds a single association (a LiteDB file): there is no federation to read.</summary>
    bool IsAvailable { get; }

    /// <summary>
    /// The other associations' shared data at one moment; <see cref="FederationSnapshot.Unavailable"/> on a store that
    /// holds a single association (a LiteDB file).
    /// </summary>
    FederationSnapshot Read();
}
