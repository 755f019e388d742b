using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Editor;

namespace CoMarketing.Tui.Screens.Businesses;

/// <summary>
/// A business's public profile as lines to read: profile, audience with age bars, channels under column headers.
/// Contact details show only where this session may see them (the service removes them for everyone else).
/// </summary>
public sealed class BusinessProfileModel
{
    public const int LabelWidth = 18;

    public BusinessProfileModel(PlannerService service, Business business)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(business);
        Service = service;
        Business = business;
        Lines = Build();
    }

    public PlannerService Service { get; }

    public Business Business { get; }

    public TuiTexts Texts => Service.Texts;

    public string Title => Business.Name;

    /// <summary>"read-only": what the title row says after the name.</summary>
    public string Status => Texts.Get("BizReadOnly");

    public IReadOnlyList<ProfileLine> Lines { get; }

    private List<ProfileLine> Build()
    {
        var t = Texts;
        var reference = Service.Backend.Reference;
        var language = BusinessFields.LanguageOf(t);
        var audience = Business.Audience;
        var lines = new List<ProfileLine>
        {
            Row(t.Get("EdBusinessId"), Business.BusinessId?.Value ?? "—"),
            Row(t.Get("EdIndustry"), $"{reference.FindIndustry(Business.Industry)?.Name(language)} ({Business.Industry.Code})"),
            Row(t.Get("EdMunicipality"), $"{reference.FindMunicipality(Business.Municipality)?.Name} ({Business.Municipality.Value})"),
            Row(t.Get("EdCustomerType"), BusinessListItem.CustomerTypeText(Business.CustomerType, t)),
            Row(t.Get("EdOfferings"), Business.Offerings.IsEmpty ? "—" : string.Join(", ", Business.Offerings)),
        };
        if (Business.Contact.Person is not null || Business.Contact.Email is not null)
        {
            lines.Add(Row(t.Get("EdContactPerson"), $"{Business.Contact.Person} {Business.Contact.Email} {Business.Contact.Phone}".Trim()));
        }

        lines.Add(Heading(t.Get("EdTabAudience")));
        foreach (var band in AgeBands.All)
        {
            var percent = (int)Math.Round(audience.Ages[band] * 100, MidpointRounding.AwayFromZero);
            lines.Add(Row("  " + AgeBands.Label(band), $"{percent,3} % {AgeBar.Of(audience.Ages[band])}"));
        }

        var interests = audience.Interests.Select(tag => reference.FindInterest(tag)?.Label(language) ?? tag.Value);
        var served = audience.Municipalities.Select(code => reference.FindMunicipality(code)?.Name ?? code.Value);
        lines.Add(Row(t.Get("EdInterests"), Join(interests)));
        lines.Add(Row(t.Get("EdServed"), Join(served)));
        lines.Add(Row(t.Get("EdMonths"), audience.Months.Count == 12 ? t.Get("BizAllYear") : string.Join(" ", audience.Months)));
        lines.Add(Row(t.Get("EdCustomers"), audience.CustomersPerMonth.ToString("N0", t.Culture)));
        lines.Add(Row(t.Get("EdNational"), t.Get(audience.National ? "EdYes" : "EdNo")));
        lines.Add(Heading(t.Get("EdTabChannels")));
        if (Business.Channels.IsEmpty)
        {
            lines.Add(new ProfileLine("  —", ProfileLineKind.Dim));
            return lines;
        }

        var headers = ChannelCells.Headers(t);
        var cells = Business.Channels.Select(channel => Enumerable.Range(0, ChannelCells.Count).Select(c => ChannelCells.Cell(channel, c, t)).ToArray()).ToList();
        var widths = Enumerable.Range(0, ChannelCells.Count).Select(c => Math.Max(headers[c].Length, cells.Max(row => row[c].Length))).ToArray();
        lines.Add(new ProfileLine("  " + Columns(headers, widths), ProfileLineKind.Heading));
        lines.AddRange(cells.Select(row => new ProfileLine("  " + Columns(row, widths), ProfileLineKind.Text)));
        return lines;
    }

    /// <summary>Cells padded to their column's width; numbers (audience, engagement, cost) right-aligned.</summary>
    private static string Columns(IReadOnlyList<string> cells, int[] widths) =>
        string.Join("  ", cells.Select((cell, c) => c >= 2 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd();

    private static string Join(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? "—" : text;
    }

    private static ProfileLine Row(string label, string value) => new(label.PadRight(LabelWidth) + " " + value, ProfileLineKind.Text);

    private static ProfileLine Heading(string text) => new(text, ProfileLineKind.Heading);
}
