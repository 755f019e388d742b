using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using LiteDB;

namespace CoMarketing.Storage.LiteDb;

/// <summary>The work behind <see cref="Store.StartWarmUp"/>: the one-time costs of LiteDB's first use.</summary>
internal static class LiteWarmUp
{
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Only a head start: whatever fails here fails again in Store.Open, which reports it to the user.")]
    public static void Run()
    {
        try
        {
            RuntimeHelpers.RunClassConstructor(typeof(BsonValue).TypeHandle);
            RuntimeHelpers.RunClassConstructor(typeof(LiteDatabase).TypeHandle);
            _ = new ConnectionString { Filename = "warm-up", Connection = ConnectionType.Shared };
        }
        catch (Exception)
        {
            // Left for Store.Open to report.
        }
    }
}
