using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Federation;
using CoMarketing.Core.Matching;
using CoMarketing.Storage;
using CoMarketing.Storage.Reference;

namespace CoMarketing.Cli.Commands;

/// <summary>What <c>match</c> and <c>group</c> share: finding the business named on the line, the matcher, wording.</summary>
internal static class MatchingSupport
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The business with this id, else the one whose name equals or contains the text. Several → they are listed on
    /// stderr and null is returned (exit 1); none → a <see cref="DomainException"/>.
    /// </summary>
    public static Business? Resolve(IStore store, string text, CliEnvironment environment)
    {
        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && store.Businesses.Get(id) is { } byId)
        {
            return byId;
        }

        var found = store.Businesses.FindByName(text);
        if (found.Count == 1)
        {
            return found[0];
        }

        if (found.Count == 0)
        {
            throw new DomainException($"No business matches '{text}'; run 'comarketing businesses' to see the names and ids.");
        }

        environment.Error.WriteLine($"'{text}' matches {found.Count} businesses; give the id or the full name:");
        foreach (var b in found.OrderBy(b => b.Id))
        {
            environment.Error.WriteLine($"  {b.Id.ToString(CultureInfo.InvariantCulture)}  {b.Name}");
        }

        return null;
    }

    public static PartnerMatcher Matcher(IStore store) => Matcher(store, LoadReference());

    /// <summary>
    /// The matcher over every member, with the related interests of the reference data (none without it) and the
    /// priors of the finished campaigns; the planner's backend builds it the same way, so both rank alike.
    /// </summary>
    public static PartnerMatcher Matcher(IStore store, Core.Reference.ReferenceData? reference)
    {
        ArgumentNullException.ThrowIfNull(store);
        var settings = store.Association.Get();
        var businesses = store.Businesses.GetAll(includeArchived: true);
        var outcomes = MatchOutcomes.From(store.Campaigns.GetAll(), businesses, settings);
        return new PartnerMatcher(businesses, store.PairPreferences.GetAll(), MatchSettings.From(settings, reference?.InterestAffinities, outcomes, reference?.IndustryComplements));
    }

    /// <summary>
    /// The matcher over every member and the profiles the federation's other associations share (see
    /// <see cref="FederatedMatcher"/>), built like <see cref="Matcher(IStore, Core.Reference.ReferenceData?)"/>.
    /// </summary>
    public static FederatedMatcher FederatedMatcher(IStore store, Core.Reference.ReferenceData? reference)
    {
        ArgumentNullException.ThrowIfNull(store);
        var settings = store.Association.Get();
        var businesses = store.Businesses.GetAll(includeArchived: true);
        var outcomes = MatchOutcomes.From(store.Campaigns.GetAll(), businesses, settings);
        return new FederatedMatcher(businesses, store.PairPreferences.GetAll(), MatchSettings.From(settings, reference?.InterestAffinities, outcomes), store.Federation.Read());
    }

    /// <summary>The reference data from <c>data/</c>, or null when its files are missing or damaged.</summary>
    public static Core.Reference.ReferenceData? LoadReference()
    {
        try
        {
            return ReferenceDataFiles.Load();
        }
        catch (DomainException)
        {
            // Without the reference files the reasons name industries and places by their codes and no tags are related.
            return null;
        }
    }

    /// <summary>Wording from <c>--lang</c>, else the association's language; names from the reference data when present.</summary>
    public static MatchTextOptions Texts(IStore store, ParseResult parseResult, GlobalOptions globals)
    {
        var language = Languages.Resolve(parseResult.GetValue(globals.Language), store.Association.Get().Language);
        return Tui.Application.MatchWording.For(LoadReference(), language);
    }

    public static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    public static string Number(double value) => MatchTexts.Number(value);
}
