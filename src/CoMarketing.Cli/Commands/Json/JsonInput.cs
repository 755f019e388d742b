using System.Text.Json;
using static CoMarketing.Cli.Commands.Json.JsonFields;

namespace CoMarketing.Cli.Commands.Json;

/// <summary>
/// Reads a JSON input file strictly (no comments, no trailing commas). A missing or unreadable file and malformed
/// JSON are a <see cref="Core.Common.DomainException"/> naming <c>label</c> (the option or argument it came from).
/// </summary>
internal static class JsonInput
{
    public static string ReadFile(string path, string label)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw Fail(label, $"no such file '{path}'");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Fail(label, $"cannot read '{path}': {ex.Message}");
        }
    }

    /// <summary>Parses <paramref name="json"/>; <paramref name="source"/> names the document in error messages.</summary>
    public static JsonDocument Parse(string json, string source, string label)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}" : string.Empty;
            throw Fail(label, $"'{source}' is not valid JSON{where}");
        }
    }
}
