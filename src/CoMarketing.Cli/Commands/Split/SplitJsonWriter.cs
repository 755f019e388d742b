using System.Text.Encodings.Web;
using System.Text.Json;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Splitting;

namespace CoMarketing.Cli.Commands.Split;

/// <summary>
/// Writes a split as DESIGN.md's JSON document: camelCase, amounts as strings with two decimals, people as
/// whole numbers, <c>participants[i].items[k]</c> = participant i's part of item k.
/// </summary>
public static class SplitJsonWriter
{
    public static string Write(string currency, SplitResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("currency", currency);
            json.WriteStartArray("items");
            foreach (var item in result.Items)
            {
                json.WriteStartObject();
                json.WriteString("description", item.Item.Description);
                json.WriteString("rule", item.Item.Rule.ToName());
                WriteAmounts(json, item.Net, item.Vat, item.Gross);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("participants");
            foreach (var participant in result.Participants)
            {
                WriteParticipant(json, participant);
            }

            json.WriteEndArray();
            json.WriteStartObject("reach");
            if (result.Population is { } population)
            {
                json.WriteNumber("population", population);
            }
            else
            {
                json.WriteNull("population");
            }

            json.WriteNumber("combined", result.CombinedReach.RoundToWhole());
            json.WriteEndObject();
            json.WriteStartArray("transfers");
            foreach (var transfer in result.Transfers)
            {
                json.WriteStartObject();
                json.WriteString("from", transfer.From);
                json.WriteString("to", transfer.To);
                json.WriteString("amount", transfer.Amount.ToInvariantString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteParticipant(Utf8JsonWriter json, ParticipantSplit participant)
    {
        json.WriteStartObject();
        json.WriteString("id", participant.Participant.Id);
        json.WriteString("name", participant.Participant.Name);
        json.WriteStartArray("items");
        foreach (var part in participant.Items)
        {
            json.WriteStartObject();
            WriteAmounts(json, part.Net, part.Vat, part.Gross);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteAmounts(json, participant.Total.Net, participant.Total.Vat, participant.Total.Gross);
        json.WriteString("paid", participant.Paid.ToInvariantString());
        json.WriteString("balance", participant.Balance.ToInvariantString());
        json.WriteNumber("ownReach", participant.OwnReach);
        json.WriteNumber("newReach", participant.NewReach.RoundToWhole());
        json.WriteString("reference", participant.Reference);
        json.WriteString("rfReference", participant.RfReference);
        json.WriteEndObject();
    }

    private static void WriteAmounts(Utf8JsonWriter json, Money net, Money vat, Money gross)
    {
        json.WriteString("net", net.ToInvariantString());
        json.WriteString("vat", vat.ToInvariantString());
        json.WriteString("gross", gross.ToInvariantString());
    }
}
