using System.Text;
using System.Text.Json;
using static CoMarketing.Cli.Commands.Json.JsonFields;

namespace CoMarketing.Cli.Commands.Json;

/// <summary>
/// Reads a JSON input file strictly: UTF-8 only, no comments, no trailing commas, no key given twice, no lone
/// surrogate, no text over <see cref="MaxStringLength"/> characters, no array over <see cref="MaxArrayLength"/>
/// entries. Every failure is a <see cref="Core.Common.DomainException"/> naming <c>label</c> (the option or argument
/// it came from) and the line or field, in words a coordinator can act on (<c>line 9: remove the comma before ]</c>).
/// </summary>
internal static class JsonInput
{
    /// <summary>The longest text any field may hold; fields have tighter caps of their own.</summary>
    public const int MaxStringLength = 10_000;

    /// <summary>The most entries any list may hold.</summary>
    public const int MaxArrayLength = 10_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadFile(string path, string label)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = InputFile.ReadBytes(path, label, InputFile.JsonBytes);
        try
        {
            var text = StrictUtf8.GetString(bytes);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            throw Fail(label, $"'{path}' is not UTF-8 text (invalid byte at position {ex.Index + 1}); save it as UTF-8");
        }
    }

    /// <summary>Parses and checks <paramref name="json"/>; <paramref name="source"/> names the document in error messages.</summary>
    public static JsonDocument Parse(string json, string source, string label)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            throw Fail(label, $"'{source}' is not valid JSON {JsonSyntax.Explain(ex, json)}");
        }
        catch (ArgumentException ex)
        {
            throw Fail(label, $"'{source}' is not valid JSON: {ex.Message}");
        }

        try
        {
            Check(document.RootElement, string.Empty, 0);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Walks the whole document once, so no reader later meets a value it cannot turn into text.</summary>
    private static void Check(JsonElement element, string path, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var i = 0;
                foreach (var property in element.EnumerateObject())
                {
                    var name = Text(() => property.Name, Join(path, $"(field {i + 1})"));
                    var fieldPath = Join(path, name);
                    if (!seen.Add(name))
                    {
                        throw Fail(fieldPath, "is given twice; keep one");
                    }

                    Check(property.Value, fieldPath, depth + 1);
                    i++;
                }

                break;
            case JsonValueKind.Array:
                if (element.GetArrayLength() > MaxArrayLength)
                {
                    throw Fail(path, $"has {element.GetArrayLength()} entries; at most {MaxArrayLength} are allowed");
                }

                var k = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Check(item, Index(path, k++), depth + 1);
                }

                break;
            case JsonValueKind.String:
                var text = Text(() => element.GetString()!, path);
                if (text.Length > MaxStringLength)
                {
                    throw Fail(path, $"is {text.Length} characters long; at most {MaxStringLength} are allowed");
                }

                break;
        }
    }

    private static string Text(Func<string> read, string path)
    {
        try
        {
            var text = read();
            return text.Any(char.IsSurrogate) && !IsWellFormed(text)
                ? throw Fail(path, "contains an invalid character (a lone surrogate such as \\ud800); remove it")
                : text;
        }
        catch (InvalidOperationException)
        {
            throw Fail(path, "contains an invalid character (a lone surrogate such as \\ud800); remove it");
        }
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
