namespace CoMarketing.Storage.Tests.Contract.Postgres;

public sealed class PostgresBusinessContract : BusinessContract
{
    private readonly PostgresProvider _provider = new();

    protected override IStore NewStore() => _provider.New();

    protected override IStore Reopen() => _provider.Reopen();

    protected override void Dispose(bool disposing) => _provider.Dispose();
}
