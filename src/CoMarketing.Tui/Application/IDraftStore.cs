namespace CoMarketing.Tui.Application;

/// <summary>Keeps unsaved form input (serialised by the screen) so a kiosk time-out never silently loses it.</summary>
public interface IDraftStore
{
    /// <summary>Saves or replaces the draft for (<paramref name="businessId"/>, <paramref name="form"/>); null id is the coordinator.</summary>
    void Save(long? businessId, string form, string content);

    string? Load(long? businessId, string form);

    void Delete(long? businessId, string form);
}
