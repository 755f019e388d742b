using System.CommandLine;
using System.Text.Json.Nodes;
using CoMarketing.Core.Federation;
using CoMarketing.Core.Matching;
using CoMarketing.Reports.Exports;
using static CoMarketing.Cli.Commands.MatchingSupport;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing match NAME-OR-ID [--top N] [--all] [--json] [--explain OTHER]</c>: the best partners for a business
/// with their band and reasons, or why one named business is or is not a match.
/// </summary>
/// <remarks>
/// Of the best <c>--top</c> partners only the strong and possible ones are listed unless <c>--all</c> (weak ones too);
/// the text says how many weak ones were left out. JSON: an array, best first, of
/// <c>{ id, name, score, band, components, newReach, outcomeBoost, reasons }</c>; <c>score</c> is 0–100 with one decimal,
/// <c>band</c> <c>strong</c>, <c>possible</c> or <c>weak</c>, each component a fraction 0–1 with three decimals (weights
/// in <see cref="MatchWeights"/>), <c>newReach</c> whole people, <c>outcomeBoost</c> the points earlier joint campaigns
/// added (one decimal). With <c>--explain</c>: one object with <c>match</c>, <c>failures</c> and <c>band</c> added.
/// <para>
/// <c>--federation</c> ranks the profiles other associations of the same PostgreSQL database share together with the
/// association's own members (same filters and score, see <see cref="FederatedMatcher"/>). A partner from another
/// association is marked with it and its coordinator; in JSON it has <c>association</c> (<c>{ key, name, sharing }</c>)
/// and <c>coordinator</c> (<c>{ person, email, phone }</c>) added, and <c>contact</c> (the same shape, null unless its
/// association shares contacts); its <c>id</c> is its id in its own association. Associations that share counts only are summed up
/// after the list (text only). On a LiteDB file, which has no federation, a note on stderr says so.
/// </para>
/// </remarks>
public static class MatchCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var business = new Argument<string>("NAME-OR-ID") { Description = "The business: its id, full name or part of it" };
        var top = new Option<int>("--top") { Description = "How many partners to show", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print one JSON document (camelCase)" };
        var all = new Option<bool>("--all") { Description = "List weak partners too, not only strong and possible ones" };
        var explain = new Option<string?>("--explain") { Description = "Explain why this other business is or is not a match" };
        var federation = new Option<bool>("--federation") { Description = "Also rank partners from the other associations of the federation that share profiles" };
        var command = new Command("match", "Find compatible, non-competing partners for a business");
        command.Arguments.Add(business);
        command.Options.Add(top);
        command.Options.Add(json);
        command.Options.Add(all);
        command.Options.Add(explain);
        command.Options.Add(federation);
        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            if (parseResult.GetValue(top) < 1)
            {
                environment.Error.WriteLine($"--top must be at least 1, got {parseResult.GetValue(top)}.");
                return ExitCodes.InvalidInput;
            }

            if (Resolve(store, parseResult.GetValue(business)!, environment) is not { } a)
            {
                return ExitCodes.InvalidInput;
            }

            var other = parseResult.GetValue(explain);
            Core.Businesses.Business? b = null;
            if (other is not null && (b = Resolve(store, other, environment)) is null)
            {
                return ExitCodes.InvalidInput;
            }

            var texts = Texts(store, parseResult, globals);
            if (b is not null)
            {
                if (parseResult.GetValue(federation))
                {
                    environment.Error.WriteLine("--explain compares two members of this association; leave out --federation.");
                    return ExitCodes.InvalidInput;
                }

                WriteExplanation(environment, Matcher(store).Explain(a.Id, b.Id, texts), parseResult.GetValue(json), MatchFrames.For(texts.Language));
                return ExitCodes.Success;
            }

            FederatedMatcher? federated = null;
            if (parseResult.GetValue(federation))
            {
                if (!store.Federation.IsAvailable)
                {
                    environment.Error.WriteLine("This database is a file holding one association, so there is no federation to search; only its own members are ranked.");
                }
                else
                {
                    federated = FederatedMatcher(store, LoadReference());
                }
            }

            var found = federated is not null
                ? federated.FindPartners(a.Id, parseResult.GetValue(top), texts)
                : [.. Matcher(store).FindPartners(a.Id, parseResult.GetValue(top), texts).Select(m => new FederatedMatch(m, null))];
            var matches = parseResult.GetValue(all) ? found : [.. found.Where(m => m.Match.Band != MatchBand.Weak)];
            if (parseResult.GetValue(json))
            {
                environment.Out.WriteLine(JsonNodes.Array(matches, ToJson).ToJsonString(JsonOptions));
                return ExitCodes.Success;
            }

            var words = MatchTexts.For(texts.Language);
            var frames = MatchFrames.For(texts.Language);
            environment.Out.WriteLine(
                found.Count == 0 ? frames.NoCompatible(a.Name, a.Id)
                : matches.Count == 0 ? frames.NoStrongOrPossible(a.Name, a.Id)
                : frames.PartnersFor(a.Name, a.Id));
            for (var i = 0; i < matches.Count; i++)
            {
                var (m, shared) = (matches[i].Match, matches[i].Shared);
                var from = shared is null ? string.Empty : $", {shared.Association.Name}";
                environment.Out.WriteLine($"{i + 1,3}. {m.Partner.Name} (id {m.Partner.Id}{from})  {frames.Score} {frames.Points(m.Score)}, {words.Band(m.Band)}");
                if (shared is not null)
                {
                    environment.Out.WriteLine("       " + frames.MemberOf(shared.Association.Name, shared.Association.Key, shared.Association.CoordinatorLine));
                    if (ContactLine(shared.Business.Contact) is { } contact)
                    {
                        environment.Out.WriteLine($"       {frames.Contact}: {contact}");
                    }
                }

                foreach (var reason in m.Reasons)
                {
                    environment.Out.WriteLine($"       - {reason}");
                }
            }

            if (found.Count > matches.Count)
            {
                environment.Out.WriteLine(frames.WeakNotShown(found.Count - matches.Count));
            }

            if (federated is not null)
            {
                WriteFederationSummary(environment, federated, a, frames);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteFederationSummary(CliEnvironment environment, FederatedMatcher federated, Core.Businesses.Business business, MatchFrames frames)
    {
        foreach (var hint in federated.CountHints(business))
        {
            environment.Out.WriteLine(frames.CountsOnly(hint.Association.Name, hint.Association.Key, hint.Members, hint.Association.CoordinatorLine));
        }
    }

    private static string? ContactLine(Core.Businesses.ContactInfo c)
        => string.Join(", ", new[] { c.Person, c.Email, c.Phone }.Where(p => p is not null)) is { Length: > 0 } line ? line : null;

    /// <summary>A partner as <see cref="ToJson(PartnerMatch)"/> writes it, with its association, coordinator and contact when it is from another association.</summary>
    private static JsonObject ToJson(FederatedMatch hit)
    {
        var json = ToJson(hit.Match);
        if (hit.Shared is not { } shared)
        {
            return json;
        }

        json["association"] = new JsonObject
        {
            ["key"] = shared.Association.Key,
            ["name"] = shared.Association.Name,
            ["sharing"] = SettingsCommand.SharingKey(shared.Association.Sharing),
        };
        json["coordinator"] = Contact(shared.Association.Coordinator);
        json["contact"] = shared.Association.Sharing == Core.Association.FederationSharing.Contacts ? Contact(shared.Business.Contact) : null;
        return json;
    }

    private static JsonObject Contact(Core.Businesses.ContactInfo c) => new() { ["person"] = c.Person, ["email"] = c.Email, ["phone"] = c.Phone };

    private static JsonObject ToJson(PartnerMatch m) => new()
    {
        ["id"] = m.Partner.Id,
        ["name"] = m.Partner.Name,
        ["score"] = Round(m.Score, 1),
        ["band"] = MatchBands.Key(m.Band),
        ["components"] = Components(m.Components),
        ["newReach"] = Round(m.NewReach, 0),
        ["outcomeBoost"] = Round(m.OutcomeBoost, 1),
        ["reasons"] = JsonNodes.Strings(m.Reasons),
    };

    private static JsonObject Components(MatchComponents c) => new()
    {
        ["age"] = Round(c.Age, 3),
        ["interests"] = Round(c.Interests, 3),
        ["area"] = Round(c.Area, 3),
        ["season"] = Round(c.Season, 3),
        ["customerType"] = Round(c.CustomerType, 3),
        ["newReach"] = Round(c.NewReach, 3),
    };

    private static void WriteExplanation(CliEnvironment environment, MatchExplanation e, bool json, MatchFrames frames)
    {
        if (json)
        {
            environment.Out.WriteLine(new JsonObject
            {
                ["business"] = new JsonObject { ["id"] = e.Business.Id, ["name"] = e.Business.Name },
                ["candidate"] = new JsonObject { ["id"] = e.Candidate.Id, ["name"] = e.Candidate.Name },
                ["match"] = e.IsMatch,
                ["failures"] = JsonNodes.Strings(e.Failures),
                ["score"] = Round(e.Score, 1),
                ["band"] = MatchBands.Key(e.Band),
                ["components"] = Components(e.Components),
                ["newReach"] = Round(e.NewReach, 0),
                ["outcomeBoost"] = Round(e.Outcome?.Boost ?? 0, 1),
                ["reasons"] = JsonNodes.Strings(e.Reasons),
            }.ToJsonString(JsonOptions));
            return;
        }

        var score = frames.Points(e.Score);
        environment.Out.WriteLine(e.IsMatch
            ? frames.IsMatch(e.Candidate.Name, e.Business.Name, score, e.Band)
            : frames.IsNoMatch(e.Candidate.Name, e.Business.Name));
        foreach (var failure in e.Failures)
        {
            environment.Out.WriteLine($"  x {failure}");
        }

        var c = e.Components;
        var components = string.Format(frames.Culture, frames.Components, c.Age, c.Interests, c.Area, c.Season, c.CustomerType, c.NewReach, e.Outcome?.Boost ?? 0);
        environment.Out.WriteLine($"  {frames.Score} {score} = {components}");
        foreach (var reason in e.Reasons)
        {
            environment.Out.WriteLine($"  - {reason}");
        }
    }
}
