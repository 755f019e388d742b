using System.Text;

namespace CoMarketing.Storage.LiteDb;

/// <summary>What kind of file a database path holds, from its first bytes.</summary>
internal enum FileKind
{
    LiteDb,
    Sqlite,
    Other,
}

/// <summary>Tells a LiteDB file from an earlier SQLite one (and from anything else) by its header.</summary>
internal static class FileFormat
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");
    private static readonly byte[] LiteDbHeader = Encoding.ASCII.GetBytes("** This is a LiteDB file **");
    private const int LiteDbHeaderOffset = 32;

    public static FileKind Detect(string path)
    {
        var head = new byte[LiteDbHeaderOffset + LiteDbHeader.Length];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        if (read >= SqliteHeader.Length && head.AsSpan(0, SqliteHeader.Length).SequenceEqual(SqliteHeader))
        {
            return FileKind.Sqlite;
        }

        return read == head.Length && head.AsSpan(LiteDbHeaderOffset).SequenceEqual(LiteDbHeader) ? FileKind.LiteDb : FileKind.Other;
    }
}
