using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Widgets;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>Kiosk drafts: unsaved input is kept at a time-out and offered back when the same business is opened again.</summary>
public sealed partial record BusinessEditorScreen
{
    /// <summary>"business-editor:12"; a new business is "business-editor:new".</summary>
    public string? DraftKey => "business-editor:" + (IsNew ? "new" : Original!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string? SerializeDraft() => IsDirty ? Draft : null;

    /// <summary>Opens the editor; when a draft was kept for this business and this user, first asks whether to continue it.</summary>
    public static BusinessEditorScreen Open(PlannerService service, Business? business, TuiTexts texts, Func<Business, IScreen>? refreshParent = null)
    {
        var editor = new BusinessEditorScreen(service, business, texts, refreshParent);
        return editor.KeptDraft() is null
            ? editor
            : editor with { Confirm = new ConfirmDialog(texts.Get("EdDraftOffer"), EnterMeansYes: true), Question = EditorQuestion.RestoreDraft };
    }

    private string? KeptDraft() => Service.Backend.Drafts.Load(Service.Session.BusinessId, DraftKey!);

    private void DeleteKeptDraft() => Service.Backend.Drafts.Delete(Service.Session.BusinessId, DraftKey!);

    private BusinessEditorScreen RestoreKeptDraft()
    {
        var draft = KeptDraft();
        DeleteKeptDraft();
        return draft is null ? this : WithDraft(draft);
    }
}
