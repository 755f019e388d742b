namespace CoMarketing.Storage.Tests.Contract.LiteDb;

public sealed class LiteDbFederationSettingsContract : FederationSettingsContract
{
    private readonly LiteDbProvider _provider = new();

    protected override bool HoldsAFederation => false;

    protected override IStore NewStore() => _provider.New();

    protected override IStore Reopen() => _provider.Reopen();

    protected override void Dispose(bool disposing)
    {
        if (disposing && HoldsAFederation)
        {
            // Leave nothing shared behind on the test server for the federation tests that follow.
            Store.Association.Update(Store.Association.Get() with { FederationSharing = Core.Association.FederationSharing.None }, Core.Audit.Actor.Coordinator);
        }

        _provider.Dispose();
    }
}
