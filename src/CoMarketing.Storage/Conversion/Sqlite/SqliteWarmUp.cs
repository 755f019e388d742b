using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace CoMarketing.Storage.Conversion.Sqlite;

/// <summary>The work behind <see cref="Store.StartWarmUp"/>: the one-time costs of SQLite's first connection.</summary>
internal static class SqliteWarmUp
{
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Only a head start: whatever fails here fails again in Store.Open, which reports it to the user.")]
    public static void Run()
    {
        try
        {
            // SqliteConnection's type initializer loads SQLitePCL and the native library; parsing a connection string
            // like the store's loads System.Data.Common's parser and its EventSource.
            RuntimeHelpers.RunClassConstructor(typeof(SqliteConnection).TypeHandle);
            _ = new SqliteConnectionStringBuilder("Data Source=:memory:;Mode=ReadWriteCreate;Pooling=False;Default Timeout=60");
        }
        catch (Exception)
        {
            // Left for Store.Open to report.
        }
    }
}
