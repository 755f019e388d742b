using System.Globalization;
using CoMarketing.Core.Common;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// Reads a file a command was given, refusing what would block, never end or fill the memory: a folder, a FIFO,
/// a device or a /proc file (they report no size; opening a FIFO with no writer blocks forever, /dev/zero never
/// ends), and a file above the command's cap. Every refusal is a <see cref="DomainException"/> naming
/// <c>label</c> (the argument or option the path came from); an unreadable file too, never blamed on the database.
/// </summary>
public static class InputFile
{
    /// <summary>The cap of a member import file (CSV or XLSX).</summary>
    public const long MemberImportBytes = 20L * 1024 * 1024;

    /// <summary>The cap of a JSON document (<c>split --input</c>, <c>campaign import</c>).</summary>
    public const long JsonBytes = 5L * 1024 * 1024;

    /// <summary>The cap of a budget plan CSV.</summary>
    public const long BudgetBytes = 1L * 1024 * 1024;

    public static byte[] ReadBytes(string? path, string label, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw Fail(label, "no file given");
        }

        if (Directory.Exists(path))
        {
            throw Fail(label, $"'{path}' is a folder, not a file");
        }

        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                throw Fail(label, $"no such file '{path}'");
            }
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            throw Fail(label, $"cannot use '{path}': {ex.Message}");
        }

        // Regular files report their size; pipes, devices and /proc files report 0 and are never opened.
        if (info.Length == 0)
        {
            throw Fail(label, $"'{path}' is empty or not a regular file");
        }

        if (info.Length > maxBytes)
        {
            throw Fail(label, $"'{path}' is {Megabytes(info.Length)} MB; the limit is {Megabytes(maxBytes)} MB");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            using var memory = new MemoryStream((int)info.Length);
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                memory.Write(chunk, 0, read);

                // The file may have grown since it was measured.
                if (memory.Length > maxBytes)
                {
                    throw Fail(label, $"'{path}' is over the limit of {Megabytes(maxBytes)} MB");
                }
            }

            return memory.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Fail(label, $"cannot read '{path}': {ex.Message}");
        }
    }

    private static DomainException Fail(string label, string problem) => new($"{label}: {problem}");

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture);
}
