using CoMarketing.Storage;
using CoMarketing.Tui.Application;

namespace CoMarketing.Cli.Planner;

/// <summary>Drafts of unsaved form input in the store, stamped with the clock's time; one per (member or coordinator, form).</summary>
public sealed class StoreDraftStore : IDraftStore
{
    private readonly IStore _store;
    private readonly TimeProvider _clock;

    public StoreDraftStore(IStore store, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        _store = store;
        _clock = clock;
    }

    public void Save(long? businessId, string form, string content) => _store.Kiosk.SaveDraft(businessId, form, content, _clock.GetUtcNow());

    public string? Load(long? businessId, string form) => _store.Kiosk.LoadDraft(businessId, form)?.Content;

    public void Delete(long? businessId, string form) => _store.Kiosk.DeleteDraft(businessId, form);
}
