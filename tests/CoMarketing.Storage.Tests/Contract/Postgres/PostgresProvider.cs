using CoMarketing.Storage.Postgres;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests.Contract.Postgres;

/// <summary>Makes the contract suite's stores as new associations on the test server (see <see cref="PostgresServer"/>).</summary>
internal sealed class PostgresProvider : IDisposable
{
    private readonly PgTarget _target = PostgresServer.NewAssociation();
    private readonly List<PgStore> _opened = [];

    public FixedClock Clock { get; } = new(new DateTimeOffset(2027, 3, 14, 10, 30, 0, TimeSpan.Zero));

    public IStore New() => Open();

    public IStore Reopen() => Open();

    public void Dispose()
    {
        foreach (var store in _opened)
        {
            store.Dispose();
        }
    }

    private PgStore Open()
    {
        var store = PgStore.Open(_target, Clock);
        _opened.Add(store);
        return store;
    }
}
