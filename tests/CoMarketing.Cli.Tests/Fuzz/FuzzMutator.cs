using System.IO.Compression;
using System.Text;

namespace CoMarketing.Cli.Tests.Fuzz;

/// <summary>
/// Makes hostile inputs from valid seeds with a seeded <see cref="Random"/>: flips, deletes, repeats and truncates
/// bytes, and inserts the tokens that broke the planner before (lone surrogates, full-width digits, 2⁶³, 1e308,
/// stray commas and brackets, zero-width spaces, far dates, the all-zero Y-tunnus, NUL). XLSX seeds get their inner
/// XML mutated as often as their zip bytes.
/// </summary>
public sealed class FuzzMutator(int seed)
{
    private static readonly string[] Tokens =
    [
        "\\ud800", "\\udc00", "１２", "٣", "9223372036854775808", "-9223372036854775809", "1e308", "-1e308", "NaN", ",", ",]", ",}",
        "]", "}", "[", "{", "\"", "\\", "\u200B", "\u00A0", "a\u0308", "9999-12-31", "0001-01-01", "0000000-0", ";", "\n", "\r", "\0",
        "-", "999999999999999999.99", "1000000001", "XFD1048576", "\"name\": \"x\", ", "\"reached\": 9223372036854775807", "\t=", "\uFEFF",
    ];

    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] input, bool isXlsx)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (isXlsx && _random.Next(2) == 0 && TryMutateInside(input) is { } inside)
        {
            return inside;
        }

        var bytes = new List<byte>(input);
        var steps = 1 + _random.Next(4);
        for (var i = 0; i < steps; i++)
        {
            Step(bytes);
        }

        return [.. bytes];
    }

    private void Step(List<byte> bytes)
    {
        var at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
        switch (_random.Next(7))
        {
            case 0 when bytes.Count > 0:
                bytes[at] = (byte)_random.Next(256);
                break;
            case 1 when bytes.Count > 0:
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + _random.Next(16)));
                break;
            case 2 when bytes.Count > 0:
                var length = Math.Min(bytes.Count - at, 1 + _random.Next(64));
                var copy = bytes.GetRange(at, length);
                for (var r = _random.Next(1, 50); r > 0; r--)
                {
                    bytes.InsertRange(at, copy);
                }

                break;
            case 3:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]));
                break;
        }
    }

    private byte[]? TryMutateInside(byte[] xlsx)
    {
        try
        {
            using var memory = new MemoryStream();
            memory.Write(xlsx);
            using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
            {
                var entries = zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)).ToList();
                var entry = entries[_random.Next(entries.Count)];
                var name = entry.FullName;
                byte[] content;
                using (var stream = entry.Open())
                using (var copy = new MemoryStream())
                {
                    stream.CopyTo(copy);
                    content = copy.ToArray();
                }

                entry.Delete();
                using var target = zip.CreateEntry(name).Open();
                target.Write(Mutate(content, isXlsx: false));
            }

            return memory.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
