using System.CommandLine;
using System.Globalization;
using CoMarketing.Cli.Commands.Campaigns;
using CoMarketing.Cli.Commands.Channels;
using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels.Advice;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Storage;
using CoMarketing.Storage.Reference;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing channels advise CAMPAIGN | --partners A,B,C [--budget 2000] [--json]</c>: where a group of partners
/// should spend a joint budget (see <see cref="ChannelAdvisor"/>), with reasons in the association's language or
/// <c>--lang</c>.
/// </summary>
public static class ChannelsCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var command = new Command("channels", "Channels: advice on where a group of partners reaches its customers");
        command.Subcommands.Add(Advise(globals, environment));
        return command;
    }

    private static Command Advise(GlobalOptions globals, CliEnvironment environment)
    {
        var campaign = new Argument<string?>("CAMPAIGN") { Description = "The campaign (id or name) whose participants to advise", Arity = ArgumentArity.ZeroOrOne };
        var partners = new Option<string?>("--partners") { Description = "Instead of a campaign: businesses by name or id, comma-separated" };
        var budget = new Option<string?>("--budget") { Description = "The joint budget in euros, e.g. 2000 or 1 234,50 (none: every fitting channel once)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document (camelCase)" };
        var command = new Command("advise", "Which channels reach the partners' combined customers: own accounts first, then a paid mix within the budget");
        command.Arguments.Add(campaign);
        command.Options.Add(partners);
        command.Options.Add(budget);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            var campaignName = parseResult.GetValue(campaign);
            var partnerList = parseResult.GetValue(partners);
            if ((campaignName is null) == (partnerList is null))
            {
                environment.Error.WriteLine("Name either a campaign or --partners A,B,C, not both.");
                environment.Error.WriteLine("Run 'comarketing channels advise --help' for usage.");
                return ExitCodes.Usage;
            }

            return StoreFactory.Run(environment, parseResult, globals, store =>
            {
                Money? limit = parseResult.GetValue(budget) is { } text ? ParseBudget(text) : null;
                AdviceRequest? request = campaignName is not null ? ForCampaign(store, campaignName) : ForPartners(store, partnerList!, environment);
                if (request is null)
                {
                    return ExitCodes.InvalidInput;
                }

                var settings = store.Association.Get();
                var profiles = ReferenceDataFiles.Load().ChannelProfiles;
                var advice = ChannelAdvisor.Advise(request.Partners, settings.Population, profiles, limit);
                var language = Language(parseResult, globals, settings);
                var wording = new AdviceWording(language, CultureInfo.GetCultureInfo(language == Core.Association.Language.Finnish ? "fi-FI" : "en-GB"), profiles);
                if (parseResult.GetValue(json))
                {
                    environment.Out.WriteLine(AdviceJsonWriter.Write(request, advice, wording));
                }
                else
                {
                    var output = new StringWriter(CultureInfo.InvariantCulture);
                    AdviceTextWriter.Write(output, request, advice, wording);
                    environment.Out.Write(output.ToString());
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Money ParseBudget(string text)
    {
        if (!Money.TryParse(text, out var money, out var error))
        {
            throw new DomainException($"--budget: {error}");
        }

        return money.IsNegative ? throw new DomainException($"--budget cannot be negative, got {text.Trim()}.") : money;
    }

    private static AdviceRequest ForCampaign(IStore store, string idOrName)
    {
        var campaign = CampaignView.Find(store, idOrName);
        var businesses = store.Businesses.GetAll(includeArchived: true).ToDictionary(b => b.Id);
        return new AdviceRequest(campaign, [.. campaign.Participants.Select(id => businesses[id])]);
    }

    private static AdviceRequest? ForPartners(IStore store, string list, CliEnvironment environment)
    {
        var names = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            throw new DomainException("--partners is empty; name the businesses by name or id, comma-separated.");
        }

        var partners = new List<Business>();
        foreach (var name in names)
        {
            if (MatchingSupport.Resolve(store, name, environment) is not { } business)
            {
                return null;
            }

            if (partners.Any(p => p.Id == business.Id))
            {
                throw new DomainException($"--partners names {business.Name} twice.");
            }

            partners.Add(business);
        }

        return new AdviceRequest(null, partners);
    }

    private static Language Language(ParseResult parseResult, GlobalOptions globals, AssociationSettings settings)
        => parseResult.GetValue(globals.Language)?.Trim().ToLowerInvariant() switch
        {
            null or "" => settings.Language,
            "fi" => Core.Association.Language.Finnish,
            "en" => Core.Association.Language.English,
            var other => throw new DomainException($"Unknown language '{other}'; use --lang fi or --lang en."),
        };
}
