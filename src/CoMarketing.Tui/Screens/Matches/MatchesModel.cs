using System.Globalization;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Matching;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Shell;
using Terminal.Gui.Text;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>What "why not…" found for a typed name: an explanation, or why there is none (in words).</summary>
public sealed record ExplainOutcome(MatchExplanation? Explanation, string? Problem);

/// <summary>
/// The ranked partners of a business without a terminal: each with its score, band (strong, possible, weak) and
/// reasons; "why not…" for a named business; and who may start a campaign with a partner (anyone signed in).
/// </summary>
public sealed class MatchesModel
{
    /// <summary>How many partners are listed.</summary>
    public const int Top = 50;

    private readonly PlannerService _service;
    private readonly int _longestName;

    public MatchesModel(PlannerService service, Business business)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(business);
        _service = service;
        Business = business;
        All = service.Backend.FindPartners(business.Id, Top, service.Language);
        Matches = [.. All.Where(m => m.Band != MatchBand.Weak)];
        _longestName = All.Select(m => m.Partner.Name.GetColumns()).Append(service.Texts.Get("MatchColPartner").GetColumns()).Max();
    }

    public Business Business { get; }

    /// <summary>Every partner found, weak ones included.</summary>
    public IReadOnlyList<PartnerMatch> All { get; }

    /// <summary>
    /// The partners listed: strong and possible ones, as <c>match</c> lists them by default; every one found after
    /// <see cref="ToggleWeak"/> (as <c>match --all</c>).
    /// </summary>
    public IReadOnlyList<PartnerMatch> Matches { get; private set; }

    /// <summary>True while the weak partners are listed too.</summary>
    public bool ShowsWeak { get; private set; }

    /// <summary>How many weak partners the list leaves out now (0 while they are shown).</summary>
    public int WeakHidden => All.Count - Matches.Count;

    /// <summary>Lists the weak partners too, or leaves them out again.</summary>
    public void ToggleWeak()
    {
        ShowsWeak = !ShowsWeak;
        Matches = ShowsWeak ? All : [.. All.Where(m => m.Band != MatchBand.Weak)];
    }

    public TuiTexts Texts => _service.Texts;

    public PlannerService Service => _service;

    public string Title => Texts.Format("MatchTitle", Business.Name);

    /// <summary>"12 partners", "1 partner", "12 kumppania", "1 kumppani".</summary>
    public string CountText => Texts.Count("Partner", Matches.Count)
        + (WeakHidden > 0 ? " " + Texts.Format("MatchWeakHidden", WeakHidden.ToString("N0", Texts.Culture)) : string.Empty);

    /// <summary>A campaign needs someone signed in (a member or the coordinator); a guest may only look.</summary>
    public bool CanStartCampaign => !_service.Session.IsGuest;

    /// <summary>The band in this language: strong, possible, weak (vahva, mahdollinen, heikko).</summary>
    public string Band(MatchBand band) => MatchTexts.For(_service.Language).Band(band);

    /// <summary>The score as shown: whole points.</summary>
    public string Score(double score) => score.ToString("0", Texts.Culture);

    /// <summary>The column headers over <see cref="Row"/> in <paramref name="width"/> cells.</summary>
    public string Header(int width) =>
        Line(Texts.Get("MatchColScore"), Texts.Get("MatchColBand"), Texts.Get("MatchColPartner"), Texts.Get("MatchColReason"), width);

    /// <summary>One row of the list in <paramref name="width"/> cells: score, band, name, the best reason (cut at a word).</summary>
    public string Row(PartnerMatch match, int width)
    {
        ArgumentNullException.ThrowIfNull(match);
        return Line(Score(match.Score), Band(match.Band), match.Partner.Name, match.Reasons.Count > 0 ? match.Reasons[0] : "", width);
    }

    /// <summary>The businesses of a new campaign with <paramref name="match"/>'s partner: this business first.</summary>
    public IReadOnlyList<long> CampaignWith(PartnerMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return [Business.Id, match.Partner.Id];
    }

    /// <summary>
    /// Score, band and name in their columns, then as much of the reason as fits in whole words; a reason with no room
    /// for even a word is left out rather than shown as "…".
    /// </summary>
    private string Line(string score, string band, string name, string reason, int width)
    {
        var scoreWidth = Math.Max(3, Texts.Get("MatchColScore").GetColumns());
        var bandWidth = Enum.GetValues<MatchBand>().Select(Band).Append(Texts.Get("MatchColBand")).Max(text => text.GetColumns());
        var fixedWidth = scoreWidth + bandWidth + 4;

        // The name gets its room first (up to the longest listed, at most 28); the reason takes what is left.
        var nameWidth = Math.Max(Math.Min(Math.Min(_longestName, 28), width - fixedWidth), 10);
        var columns = $"{score.PadLeft(scoreWidth)}  {band.PadRight(bandWidth)}  {WordFit.Pad(name, nameWidth)}";
        var room = width - columns.GetColumns() - 2;
        var firstWord = reason.Split(' ', 2)[0];
        return reason.Length > 0 && room > firstWord.GetColumns()
            ? $"{columns}  {WordFit.Fit(reason, room)}"
            : WordFit.Fit(columns.TrimEnd(), width);
    }

    /// <summary>
    /// Why the business named <paramref name="name"/> is or is not a match: the exact name (ignoring case) wins, else
    /// the one name containing it; none or several found is said in words.
    /// </summary>
    public ExplainOutcome Explain(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = name.Trim();
        var compare = Texts.Culture.CompareInfo;
        var all = _service.GetBusinesses().Where(b => b.Id != Business.Id).ToList();
        var exact = all.Where(b => compare.Compare(b.Name, wanted, CompareOptions.IgnoreCase) == 0).ToList();
        var found = exact.Count > 0 ? exact : [.. all.Where(b => compare.IndexOf(b.Name, wanted, CompareOptions.IgnoreCase) >= 0)];
        if (wanted.Length == 0 || found.Count == 0)
        {
            return new ExplainOutcome(null, Texts.Format("MatchNoSuchBusiness", wanted));
        }

        if (found.Count > 1)
        {
            var names = string.Join(", ", found.Take(3).Select(b => b.Name));
            return new ExplainOutcome(null, Texts.Format("MatchAmbiguous", found.Count, names));
        }

        try
        {
            return new ExplainOutcome(_service.Backend.Explain(Business.Id, found[0].Id, _service.Language), null);
        }
        catch (DomainException error)
        {
            return new ExplainOutcome(null, Texts.Message(error));
        }
    }
}
