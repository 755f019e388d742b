using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Screens.Businesses;

/// <summary>Where opening a business leads: the editor where this session may edit it, otherwise its read-only profile.</summary>
public static class BusinessOpener
{
    /// <summary>The view for business <paramref name="businessId"/>; <paramref name="saved"/> is told after each save in the editor.</summary>
    public static View Open(AreaContext area, long businessId, Action<Business>? saved = null)
    {
        ArgumentNullException.ThrowIfNull(area);
        var service = area.Service;
        var business = service.GetBusiness(businessId);
        if (business is null)
        {
            var texts = area.Texts;
            return new MessageView(texts, texts.Get("BizTitle"), texts.Format("BizGone", businessId), MessageKind.Warning, area.Navigation.Back);
        }

        return service.Session.CanEdit(businessId)
            ? BusinessEditorView.Open(area, business, saved)
            : new BusinessProfileView(area, new BusinessProfileModel(service, business));
    }
}
