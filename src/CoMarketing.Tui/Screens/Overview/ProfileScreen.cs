using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Register;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Overview;

/// <summary>A business's profile, read-only: what the planner knows and the session may see (contact details only for
/// the business itself and the coordinator).</summary>
public sealed record ProfileScreen(Business Business, string IndustryName, string MunicipalityName) : IScreen
{
    public static ProfileScreen Create(PlannerService service, long businessId, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(texts);
        var business = service.GetBusiness(businessId) ?? throw new DomainException($"Business {businessId} no longer exists.");
        var municipality = service.Backend.Reference.FindMunicipality(business.Municipality)?.Name ?? business.Municipality.Value;
        return new ProfileScreen(business, PlannerScreens.IndustryName(service, business, texts), municipality);
    }

    public string GetTitle(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Texts.Format(nameof(TuiTexts.ProfileTitle), Business.Name);
    }

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context) => [];

    public ScreenResult Handle(KeyPress key, ScreenContext context) => ScreenResult.Unhandled(this);

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var lines = new List<(string Label, string Value)>
        {
            (texts.FieldName, Business.Name),
            (texts.FieldIndustry, IndustryName),
            (texts.FieldMunicipality, MunicipalityName),
            (texts.FieldCustomerType, CustomerTypes.Name(Business.CustomerType, texts)),
        };
        var contact = string.Join(", ", new[] { Business.Contact.Person, Business.Contact.Email, Business.Contact.Phone }.Where(s => s is not null));
        if (contact.Length > 0)
        {
            lines.Add((texts.FieldContact, contact));
        }

        var channels = string.Join(", ", Business.Channels.Select(c => $"{c.Name} {c.AudienceSize.ToString("N0", texts.Culture)}"));
        lines.Add((texts.FieldChannels, channels.Length > 0 ? channels : "–"));
        var labelWidth = lines.Max(l => l.Label.Length) + 2;
        return new Rows(lines.Select(l => (IRenderable)new Paragraph()
            .Append(TextFit.Pad(l.Label, labelWidth), Styles.Header)
            .Append(TextFit.Fit(l.Value, Math.Max(context.Width - labelWidth, 1)))));
    }
}
