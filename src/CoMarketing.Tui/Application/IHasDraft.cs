namespace CoMarketing.Tui.Application;

/// <summary>
/// A screen holding form input that must survive a kiosk time-out. Before the planner returns to the welcome screen,
/// the idle hook asks every open screen that implements this for its draft and saves it through
/// <see cref="IDraftStore"/> under (the signed-in member's business id, <see cref="DraftKey"/>).
/// </summary>
/// <remarks>
/// When the member next opens the same form, the form looks for a draft with
/// <c>service.Backend.Drafts.Load(service.Session.BusinessId, key)</c>, asks "continue your unsaved changes?"
/// (the <c>DraftOffer</c> text), restores it on yes, and deletes it once saved or declined.
/// </remarks>
public interface IHasDraft
{
    /// <summary>The form's name in the draft store (e.g. <c>business-editor:12</c>); null when nothing is to be kept.</summary>
    string? DraftKey { get; }

    /// <summary>The unsaved input in a form the screen can restore from; null when there are no unsaved changes.</summary>
    string? SerializeDraft();
}
