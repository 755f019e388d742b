using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using CoMarketing.Reports.Exports;
using static CoMarketing.Cli.Commands.MatchingSupport;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing group NAME-OR-ID --size K [--json]</c>: up to K partners, all pairwise compatible, that together
/// with the business reach the most people (Sainsbury combined reach).
/// </summary>
/// <remarks>
/// JSON: <c>{ business: {id, name, reach}, size, members: [{id, name, reach}], ownReach, combinedReach, gain }</c>,
/// people counts rounded to whole persons; <c>members</c> may be shorter than <c>size</c> when fewer compatible
/// partners exist.
/// </remarks>
public static class GroupCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var business = new Argument<string>("NAME-OR-ID") { Description = "The business: its id, full name or part of it" };
        var size = new Option<int>("--size") { Description = "How many partners (K)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON document (camelCase)" };
        var command = new Command("group", "Suggest a campaign group: partners that all get along and reach the most people");
        command.Arguments.Add(business);
        command.Options.Add(size);
        command.Options.Add(json);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            if (Resolve(store, parseResult.GetValue(business)!, environment) is not { } a)
            {
                return ExitCodes.InvalidInput;
            }

            var group = Matcher(store).SuggestGroup(a.Id, parseResult.GetValue(size));
            if (parseResult.GetValue(json))
            {
                environment.Out.WriteLine(new JsonObject
                {
                    ["business"] = new JsonObject { ["id"] = a.Id, ["name"] = a.Name, ["reach"] = Round(group.OwnReach, 0) },
                    ["size"] = parseResult.GetValue(size),
                    ["members"] = JsonNodes.Array(group.Members, m => new JsonObject { ["id"] = m.Partner.Id, ["name"] = m.Partner.Name, ["reach"] = Round(m.Reach, 0) }),
                    ["ownReach"] = Round(group.OwnReach, 0),
                    ["combinedReach"] = Round(group.CombinedReach, 0),
                    ["gain"] = Round(group.Gain, 0),
                }.ToJsonString(JsonOptions));
                return ExitCodes.Success;
            }

            var frames = MatchFrames.For(Languages.Resolve(parseResult.GetValue(globals.Language), store.Association.Get().Language));
            environment.Out.WriteLine(frames.GroupFor(a.Name, a.Id, Number(group.OwnReach)));
            foreach (var m in group.Members)
            {
                environment.Out.WriteLine($"  + {m.Partner.Name} (id {m.Partner.Id.ToString(CultureInfo.InvariantCulture)}), {frames.Reach} {Number(m.Reach)}");
            }

            environment.Out.WriteLine(frames.Combined(Number(group.CombinedReach), Number(group.Gain)));
            return ExitCodes.Success;
        }));
        return command;
    }
}
