namespace CoMarketing.Storage.Tests.Contract.Postgres;

public sealed class PostgresFederationSettingsContract : FederationSettingsContract
{
    private readonly PostgresProvider _provider = new();

    protected override bool HoldsAFederation => true;

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
