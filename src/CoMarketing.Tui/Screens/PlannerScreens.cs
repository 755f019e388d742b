using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Businesses;

namespace CoMarketing.Tui.Screens;

/// <summary>
/// The one place where the planner's screens are looked up: the overview menu and the registration flow ask here, so
/// plugging in a fuller screen (the business table, the editor) is a one-line change in this file.
/// </summary>
public static class PlannerScreens
{
    /// <summary>The members, as this session may see them.</summary>
    public static IScreen Businesses(PlannerService service, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(texts);
        return new BusinessesScreen(service, texts);
    }

    /// <summary>One business, opened from the table.</summary>
    public static IScreen Business(PlannerService service, long businessId, TuiTexts texts) => BusinessesScreen.OpenBusiness(service, businessId, texts);

    /// <summary>"My business" for a signed-in member.</summary>
    public static IScreen MyBusiness(PlannerService service, long businessId, TuiTexts texts) => Business(service, businessId, texts);

    /// <summary>Where a newly registered member goes to fill in its audience and channels; null lands on the overview.</summary>
    public static IScreen? AfterRegistering(PlannerService service, Business business, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(business);
        ArgumentNullException.ThrowIfNull(texts);
        return null;
    }

    internal static string IndustryName(PlannerService service, Business business, TuiTexts texts)
    {
        var industry = service.Backend.Reference.FindIndustry(business.Industry);
        var finnish = texts.Culture.TwoLetterISOLanguageName == "fi";
        return industry is null ? business.Industry.Code : $"{business.Industry.Code} {(finnish ? industry.NameFi : industry.NameEn)}";
    }
}
