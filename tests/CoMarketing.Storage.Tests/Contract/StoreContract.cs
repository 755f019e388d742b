namespace CoMarketing.Storage.Tests.Contract;

/// <summary>
/// The base of the contract suite every storage provider must pass: a provider's test class derives from each
/// <c>…Contract</c> class and says how to make a fresh, empty store (and how to open it again).
/// </summary>
public abstract class StoreContract : IDisposable
{
    private IStore? _store;

    /// <summary>The store under test (fresh and empty for each test).</summary>
    protected IStore Store => _store ??= NewStore();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A new, empty store holding the default association.</summary>
    protected abstract IStore NewStore();

    /// <summary>The same data opened again, as another process would.</summary>
    protected abstract IStore Reopen();

    protected virtual void Dispose(bool disposing)
    {
    }
}
