using System.Globalization;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Screens.Matches;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Businesses;

/// <summary>
/// A business's public profile, read-only (for guests and other members): profile, audience with age bars, channels.
/// Contact details and notes never reach it (the service removes them). ↑/↓ scroll, <c>m</c> shows its matches.
/// </summary>
public sealed record BusinessProfileScreen(PlannerService Service, Business Business, TuiTexts Texts) : IScreen
{
    private const int LabelWidth = 18;

    public int Scroll { get; init; }

    public string GetTitle(ScreenContext context) => Business.Name;

    public string? GetStatus(ScreenContext context) => Texts.Get("BizReadOnly");

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return
        [
            new KeyBinding("m", Texts.Get("BizKeyMatches")),
            new KeyBinding(context.Unicode ? "↑↓" : "Up/Down", Texts.Get("BizKeyScroll")),
        ];
    }

    public ScreenResult Handle(KeyPress key, ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return key switch
        {
            _ when key.Is('m') => ScreenResult.With(this, ScreenCommand.View(area => new MatchesView(area, Business))),
            _ when key.Is(Key.Down) || key.Is('j') => ScreenResult.Stay(this with { Scroll = Math.Min(Scroll + 1, Math.Max(Lines(context).Count - context.Height, 0)) }),
            _ when key.Is(Key.Up) || key.Is('k') => ScreenResult.Stay(this with { Scroll = Math.Max(Scroll - 1, 0) }),
            _ => ScreenResult.Unhandled(this),
        };
    }

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new Rows(Lines(context).Skip(Scroll).Take(Math.Max(context.Height, 1)));
    }

    private List<IRenderable> Lines(ScreenContext context)
    {
        var t = Texts;
        var width = context.Width;
        var reference = Service.Backend.Reference;
        var language = BusinessFields.LanguageOf(t);
        var audience = Business.Audience;
        var lines = new List<IRenderable>
        {
            Row(t.Get("EdBusinessId"), Business.BusinessId?.Value ?? "—", width),
            Row(t.Get("EdIndustry"), $"{reference.FindIndustry(Business.Industry)?.Name(language)} ({Business.Industry.Code})", width),
            Row(t.Get("EdMunicipality"), $"{reference.FindMunicipality(Business.Municipality)?.Name} ({Business.Municipality.Value})", width),
            Row(t.Get("EdCustomerType"), BusinessListItem.CustomerTypeText(Business.CustomerType, t), width),
            Row(t.Get("EdOfferings"), Business.Offerings.IsEmpty ? "—" : string.Join(", ", Business.Offerings), width),
        };
        if (Business.Contact.Person is not null || Business.Contact.Email is not null)
        {
            lines.Add(Row(t.Get("EdContactPerson"), $"{Business.Contact.Person} {Business.Contact.Email} {Business.Contact.Phone}".Trim(), width));
        }

        lines.Add(new Text(TextFit.Fit(t.Get("EdTabAudience"), width), Styles.Header));
        foreach (var band in AgeBands.All)
        {
            var percent = (int)Math.Round(audience.Ages[band] * 100, MidpointRounding.AwayFromZero);
            lines.Add(Row("  " + AgeBands.Label(band), $"{percent,3} % {EditorFieldView.Bar(audience.Ages[band], context.Unicode)}", width));
        }

        var interests = audience.Interests.Select(tag => reference.FindInterest(tag)?.Label(language) ?? tag.Value);
        var served = audience.Municipalities.Select(code => reference.FindMunicipality(code)?.Name ?? code.Value);
        lines.Add(Row(t.Get("EdInterests"), Join(interests), width));
        lines.Add(Row(t.Get("EdServed"), Join(served), width));
        lines.Add(Row(t.Get("EdMonths"), audience.Months.Count == 12 ? t.Get("BizAllYear") : string.Join(" ", audience.Months), width));
        lines.Add(Row(t.Get("EdCustomers"), audience.CustomersPerMonth.ToString("N0", t.Culture), width));
        lines.Add(Row(t.Get("EdNational"), t.Get(audience.National ? "EdYes" : "EdNo"), width));
        lines.Add(new Text(TextFit.Fit(t.Get("EdTabChannels"), width), Styles.Header));
        if (Business.Channels.IsEmpty)
        {
            lines.Add(new Text(TextFit.Fit("  —", width), Styles.Dim));
        }

        foreach (var channel in Business.Channels)
        {
            var size = channel.AudienceSize.ToString("N0", t.Culture);
            var engagement = (channel.EngagementRate * 100).ToString("0.#", t.Culture);
            lines.Add(Row("  " + ChannelForm.KindLabel(channel.Kind, t), $"{channel.Name}  {size}  {engagement} %  {channel.TypicalCost.Format(t.Culture)}", width));
        }

        return lines;
    }

    private static string Join(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? "—" : text;
    }

    private static Text Row(string label, string value, int width) =>
        new(TextFit.Fit(TextFit.Pad(label, LabelWidth) + " " + value.ToString(CultureInfo.InvariantCulture), width));
}
