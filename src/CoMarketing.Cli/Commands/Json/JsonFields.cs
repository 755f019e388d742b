using System.Globalization;
using System.Text.Json;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Cli.Commands.Json;

/// <summary>
/// Strict readers of JSON values: each failure is a <see cref="DomainException"/> naming the field's path,
/// e.g. <c>items[0].net: 'abc' is not an amount; …</c>.
/// </summary>
internal static class JsonFields
{
    public static void RequireObject(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail(path, $"must be an object, got {Describe(element)}");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Fail(Join(path, property.Name), $"unknown field; expected one of {string.Join(", ", allowed)}");
            }
        }
    }

    /// <summary>The property, or <c>null</c> when it is absent or JSON <c>null</c>.</summary>
    public static JsonElement? Optional(JsonElement parent, string name)
        => parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string? OptionalString(JsonElement parent, string path, string name)
    {
        if (Optional(parent, name) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw Fail(Join(path, name), $"must be a string, got {Describe(value)}");
    }

    public static long? OptionalWhole(JsonElement parent, string path, string name, string unit)
    {
        if (Optional(parent, name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            throw Fail(Join(path, name), $"must be a whole number of {unit}, got {Describe(value)}");
        }

        if (!value.TryGetInt64(out var whole))
        {
            var tooLarge = value.TryGetDecimal(out var number) ? decimal.Truncate(number) == number : value.GetRawText().All(c => char.IsAsciiDigit(c) || c == '-');
            throw Fail(Join(path, name), tooLarge
                ? $"must be at most 1 000 000 000 {unit}, got {Shorten(value.GetRawText())}"
                : $"must be a whole number of {unit}, got {Shorten(value.GetRawText())}");
        }

        return whole switch
        {
            < 0 => throw Fail(Join(path, name), $"cannot be negative, got {whole}"),
            > Limits.MaxCount => throw Fail(Join(path, name), $"must be at most 1 000 000 000 {unit}, got {whole}"),
            _ => whole,
        };
    }

    /// <summary>A plain JSON number between −10⁹ and 10⁹ (weights, percents, targets); never a string of digits.</summary>
    public static decimal ReadDecimal(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Number)
        {
            throw Fail(path, $"must be a number, got {Describe(value)}");
        }

        if (!value.TryGetDecimal(out var number) || Math.Abs(number) > Limits.MaxCount)
        {
            throw Fail(path, $"must be a number between -1 000 000 000 and 1 000 000 000, got {Shorten(value.GetRawText())}");
        }

        return number;
    }

    /// <summary>A share weight: a number from 0 to 1 000 000.</summary>
    public static decimal ReadWeight(JsonElement value, string path)
    {
        var weight = ReadDecimal(value, path);
        return weight is >= 0 and <= Limits.MaxWeight ? weight : throw Fail(path, $"must be a weight from 0 to 1 000 000, got {weight}");
    }

    /// <summary>A percentage: a number from 0 to 100.</summary>
    public static decimal ReadPercent(JsonElement value, string path)
    {
        var percent = ReadDecimal(value, path);
        return percent is >= 0 and <= 100 ? percent : throw Fail(path, $"must be a percentage from 0 to 100, got {percent}");
    }

    /// <summary>An optional text field, trimmed, of at most <paramref name="length"/> characters.</summary>
    public static string? OptionalText(JsonElement parent, string path, string name, int length)
    {
        var text = OptionalString(parent, path, name)?.Trim();
        return text is { } t && t.Length > length
            ? throw Fail(Join(path, name), $"is {t.Length} characters long; at most {length} are allowed")
            : text;
    }

    public static decimal? OptionalDecimal(JsonElement parent, string path, string name)
        => Optional(parent, name) is { } value ? ReadDecimal(value, Join(path, name)) : null;

    /// <summary>An amount: a string such as <c>"1200.00"</c> or <c>"1 200,00"</c>, or a plain JSON number.</summary>
    public static Money ReadMoney(JsonElement value, string path)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw Fail(path, $"must be an amount like \"1200.00\", got {Describe(value)}"),
        };
        return Money.TryParse(text, out var money, out var error) ? money : throw Fail(path, error);
    }

    public static Money? OptionalMoney(JsonElement parent, string path, string name)
        => Optional(parent, name) is { } value ? ReadMoney(value, Join(path, name)) : null;

    public static VatRate? OptionalVatRate(JsonElement parent, string path, string name)
    {
        if (Optional(parent, name) is not { } value)
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw Fail(Join(path, name), $"must be a percent like \"25.5\", got {Describe(value)}"),
        };
        return VatRate.TryParse(text, out var rate, out var error) ? rate : throw Fail(Join(path, name), error);
    }

    /// <summary>An object of participant id → value, read with <paramref name="read"/>.</summary>
    public static Dictionary<string, T>? OptionalMap<T>(JsonElement parent, string path, string name, Func<JsonElement, string, T> read)
    {
        if (Optional(parent, name) is not { } value)
        {
            return null;
        }

        var mapPath = Join(path, name);
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Fail(mapPath, $"must be an object of participant id to value, got {Describe(value)}");
        }

        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (!map.TryAdd(property.Name, read(property.Value, Join(mapPath, property.Name))))
            {
                throw Fail(mapPath, $"'{property.Name}' is given twice");
            }
        }

        return map;
    }

    public static IReadOnlyList<JsonElement> Array(JsonElement value, string path)
        => value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray()]
            : throw Fail(path, $"must be an array, got {Describe(value)}");

    public static DomainException Fail(string path, string problem)
        => new($"{(path.Length == 0 ? "input" : path)}: {problem.TrimEnd('.')}");

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Shorten(value.GetString() ?? string.Empty)}\"",
        JsonValueKind.Number => $"the number {Shorten(value.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 39), "…");
}
