using CoMarketing.Core.Federation;

namespace CoMarketing.Storage.LiteDb;

/// <summary>A LiteDB file holds one association, so it has no federation: nothing is ever found there.</summary>
internal sealed class LiteFederationDirectory : IFederationDirectory
{
    public bool IsAvailable => false;

    public FederationSnapshot Read() => FederationSnapshot.Unavailable;
}
