using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Reports.Exports;
using CoMarketing.Storage;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing businesses [--all] [--json]</c>: the members as a table or one JSON array. Contact details and
/// notes are private to each business and the coordinator, so they never appear here.
/// </summary>
public static class BusinessesCommand
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var json = new Option<bool>("--json") { Description = "Print one JSON array (camelCase)" };
        var all = new Option<bool>("--all") { Description = "Include archived businesses" };
        var command = new Command("businesses", "List the member businesses");
        command.Options.Add(json);
        command.Options.Add(all);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var businesses = store.Businesses.GetAll(parseResult.GetValue(all));
            if (parseResult.GetValue(json))
            {
                environment.Out.WriteLine(JsonNodes.Array(businesses, ToJson).ToJsonString(JsonOptions));
            }
            else
            {
                WriteTable(environment, store, businesses);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static JsonObject ToJson(Business b) => new()
    {
        ["id"] = b.Id,
        ["name"] = b.Name,
        ["businessId"] = b.BusinessId?.Value,
        ["industry"] = b.Industry.Code,
        ["municipality"] = b.Municipality.Value,
        ["customerType"] = b.CustomerType.ToString().ToLowerInvariant(),
        ["offerings"] = JsonNodes.Strings(b.Offerings),
        ["interests"] = JsonNodes.Strings(b.Audience.Interests.Select(t => t.Value)),
        ["ages"] = JsonNodes.Object(AgeBands.All.Select(band => KeyValuePair.Create(AgeBands.Label(band).Replace('–', '-'), Math.Round(b.Audience.Ages[band], 6))), v => v),
        ["months"] = JsonNodes.Array(b.Audience.Months.Months, m => m),
        ["municipalitiesServed"] = JsonNodes.Strings(b.Audience.Municipalities.Select(m => m.Value)),
        ["customersPerMonth"] = b.Audience.CustomersPerMonth,
        ["national"] = b.Audience.National,
        ["catchment"] = b.Catchment is { } c ? new JsonObject { ["latitude"] = c.Centre.Latitude, ["longitude"] = c.Centre.Longitude, ["radiusKm"] = c.RadiusKm } : null,
        ["channels"] = JsonNodes.Array(b.Channels, ch => new JsonObject { ["kind"] = ChannelKinds.ShortName(ch.Kind), ["name"] = ch.Name, ["audienceSize"] = ch.AudienceSize }),
        ["archived"] = b.Archived,
    };

    private static void WriteTable(CliEnvironment environment, IStore store, IReadOnlyList<Business> businesses)
    {
        var culture = environment.Culture;
        if (businesses.Count == 0)
        {
            environment.Out.WriteLine($"No businesses yet in {store.Path}.");
            return;
        }

        var rows = businesses.Select(b => new[]
        {
            b.Id.ToString(CultureInfo.InvariantCulture),
            Shorten(b.Name + (b.Archived ? " (archived)" : string.Empty), 34),
            b.Industry.Code,
            b.Municipality.Value,
            b.CustomerType.ToString().ToLowerInvariant(),
            string.Join(", ", b.Channels.Select(ch => $"{ChannelKinds.ShortName(ch.Kind)} {ch.AudienceSize.ToString("N0", culture)}")),
        }).ToList();
        string[] header = ["Id", "Name", "Industry", "Municipality", "Customers", "Channels"];
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        environment.Out.WriteLine(Line(header, widths));
        environment.Out.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray(), widths));
        foreach (var row in rows)
        {
            environment.Out.WriteLine(Line(row, widths));
        }

        environment.Out.WriteLine($"{businesses.Count} businesses");
    }

    private static string Line(string[] cells, int[] widths)
        => string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
