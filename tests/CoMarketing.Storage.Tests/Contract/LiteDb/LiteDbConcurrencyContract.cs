namespace CoMarketing.Storage.Tests.Contract.LiteDb;

public sealed class LiteDbConcurrencyContract : ConcurrencyContract
{
    private readonly LiteDbProvider _provider = new();

    protected override IStore NewStore() => _provider.New();

    protected override IStore Reopen() => _provider.Reopen();

    protected override void Dispose(bool disposing) => _provider.Dispose();
}
