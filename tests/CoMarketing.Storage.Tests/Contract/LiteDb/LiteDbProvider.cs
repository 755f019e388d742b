using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests.Contract.LiteDb;

/// <summary>Makes the contract suite's stores as LiteDB files in a temporary folder.</summary>
internal sealed class LiteDbProvider : IDisposable
{
    private readonly TempDatabase _temp = new();

    public IStore New() => _temp.Open();

    public IStore Reopen() => _temp.Open();

    public void Dispose() => _temp.Dispose();
}
