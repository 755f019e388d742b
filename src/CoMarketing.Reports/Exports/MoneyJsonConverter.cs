using System.Text.Json;
using System.Text.Json.Serialization;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Reports.Exports;

/// <summary>Money in JSON as a string with two decimals (<c>"1234.50"</c>), as everywhere in CoMarketing's JSON.</summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return Money.TryParse(text, out var money, out var error)
            ? money
            : throw new DomainException($"Not an amount: {error}");
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToInvariantString());
}
