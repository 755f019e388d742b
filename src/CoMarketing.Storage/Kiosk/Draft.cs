namespace CoMarketing.Storage.Kiosk;

/// <summary>Unsaved form input kept for a member (or the coordinator, <see cref="BusinessId"/> null), and when it was saved.</summary>
public sealed record Draft(long? BusinessId, string Form, string Content, DateTimeOffset SavedAt);
