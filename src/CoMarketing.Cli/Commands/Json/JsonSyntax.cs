using System.Globalization;
using System.Text.Json;

namespace CoMarketing.Cli.Commands.Json;

/// <summary>Turns System.Text.Json's syntax errors into a line number and a fix a coordinator can act on: <c>at line 9: remove the comma before ]</c>.</summary>
internal static class JsonSyntax
{
    public static string Explain(JsonException error, string json)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(json);
        var line = (error.LineNumber ?? 0) + 1;
        var position = (error.BytePositionInLine ?? 0) + 1;
        var message = error.Message;
        string Say(string fix) => string.Create(CultureInfo.InvariantCulture, $"at line {line}: {fix}");
        if (message.Contains("trailing comma", StringComparison.OrdinalIgnoreCase))
        {
            var bracket = message.Contains("array", StringComparison.OrdinalIgnoreCase) ? ']' : '}';
            return Say($"remove the comma before {bracket}");
        }

        if (message.Contains("comments", StringComparison.OrdinalIgnoreCase) || message.Contains("'/'", StringComparison.Ordinal))
        {
            return Say("remove the comment; JSON has no comments");
        }

        if (message.Contains("depth", StringComparison.OrdinalIgnoreCase))
        {
            return Say("the document nests too deeply");
        }

        if (message.Contains("expected end of string", StringComparison.OrdinalIgnoreCase) || message.Contains("end of data", StringComparison.OrdinalIgnoreCase)
            || message.Contains("reached the end", StringComparison.OrdinalIgnoreCase))
        {
            return Say("the document ends too early; check for a missing \", ] or }");
        }

        if (message.Contains("after a single JSON value", StringComparison.OrdinalIgnoreCase))
        {
            return Say("text after the end of the document; keep one { … } object");
        }

        if (message.Contains("'\"' is invalid after a value", StringComparison.Ordinal) || message.Contains("expected ','", StringComparison.OrdinalIgnoreCase)
            || message.Contains("after a value", StringComparison.OrdinalIgnoreCase))
        {
            return Say(string.Create(CultureInfo.InvariantCulture, $"a comma is missing before position {position}"));
        }

        if (message.Contains("control character", StringComparison.OrdinalIgnoreCase) || message.Contains("escape", StringComparison.OrdinalIgnoreCase))
        {
            return Say(string.Create(CultureInfo.InvariantCulture, $"a text at position {position} holds a character that must be escaped (a tab, a line break or a backslash)"));
        }

        if (message.Contains("property name", StringComparison.OrdinalIgnoreCase))
        {
            return Say(string.Create(CultureInfo.InvariantCulture, $"a field name at position {position} must be in double quotes, like \"name\""));
        }

        return Say(string.Create(CultureInfo.InvariantCulture, $"unexpected character at position {position}; check the quotes, commas and brackets there"));
    }
}
