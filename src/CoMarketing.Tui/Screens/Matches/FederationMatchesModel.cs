using CoMarketing.Core.Businesses;
using CoMarketing.Core.Federation;
using CoMarketing.Core.Matching;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Shell;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>
/// Partners for a business from the other associations of the federation, without a terminal: each with its score,
/// band, association and that association's coordinator, then the associations that share counts only. As
/// <c>match --federation</c> ranks them (the same matcher and settings as the association's own list).
/// </summary>
/// <remarks>
/// Contact details of another association's member (shared only in the "contacts" tier) are shown to the coordinator
/// alone, as a member's own contact details are; everyone else is pointed to that association's coordinator.
/// A campaign cannot include another association's member, so there is no "start a campaign" here.
/// </remarks>
public sealed class FederationMatchesModel
{
    private readonly PlannerService _service;

    public FederationMatchesModel(PlannerService service, Business business)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(business);
        _service = service;
        Business = business;
        Suggestions = service.Backend.FindFederationPartners(business.Id, MatchesModel.Top, service.Language);
    }

    public Business Business { get; }

    public FederationSuggestions Suggestions { get; }

    public TuiTexts Texts => _service.Texts;

    public string Title => Texts.Format("FedTitle", Business.Name);

    /// <summary>True when contact details of shared members may be shown: the coordinator is signed in.</summary>
    public bool ShowsContacts => _service.Session.IsCoordinator;

    /// <summary>The page for <paramref name="width"/> cells: the partners, each with its association and coordinator, then the counts.</summary>
    public IReadOnlyList<string> Lines(int width)
    {
        if (!Suggestions.Available)
        {
            return [.. MatchLines.Wrap(Texts.Get("FedUnavailable"), width)];
        }

        if (Suggestions.Partners.Count == 0 && Suggestions.Counts.Count == 0)
        {
            return [.. MatchLines.Wrap(Texts.Get("FedNothing"), width)];
        }

        var words = MatchTexts.For(_service.Language);
        var lines = new List<string> { Texts.Count("Partner", Suggestions.Partners.Count), "" };
        foreach (var (match, shared) in Suggestions.Partners.Select(p => (p.Match, p.Shared!)))
        {
            lines.Add(WordFit.Fit($"{match.Score.ToString("0", Texts.Culture),3}  {words.Band(match.Band)}  {match.Partner.Name} · {shared.Association.Name}", width));
            lines.Add(WordFit.Fit("     " + Texts.Format("FedCoordinator", shared.Association.CoordinatorLine), width));
            if (ShowsContacts && Contact(shared.Business.Contact) is { } contact)
            {
                lines.Add(WordFit.Fit("     " + Texts.Format("FedContact", contact), width));
            }

            if (match.Reasons.Count > 0)
            {
                lines.Add(WordFit.Fit($"     – {match.Reasons[0]}", width));
            }
        }

        if (Suggestions.Counts.Count > 0)
        {
            lines.Add("");
            lines.Add(Texts.Get("FedCountsHeading"));
            lines.AddRange(Suggestions.Counts.SelectMany(h => MatchLines.Wrap(
                Texts.Format("FedCountsLine", h.Association.Name, h.Members.ToString("N0", Texts.Culture), h.Association.CoordinatorLine),
                Math.Max(width - 2, 10)).Select(line => "  " + line)));
        }

        return lines;
    }

    private static string? Contact(ContactInfo c)
        => string.Join(", ", new[] { c.Person, c.Email, c.Phone }.Where(p => p is not null)) is { Length: > 0 } line ? line : null;
}
