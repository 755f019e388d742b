using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Tests.Application;

/// <summary>Drafts in a dictionary keyed by (business id, form).</summary>
internal sealed class InMemoryDraftStore : IDraftStore
{
    private readonly Dictionary<(long?, string), string> _drafts = [];

    public IReadOnlyDictionary<(long? BusinessId, string Form), string> All => _drafts.ToDictionary(p => p.Key, p => p.Value);

    public void Save(long? businessId, string form, string content) => _drafts[(businessId, form)] = content;

    public string? Load(long? businessId, string form) => _drafts.GetValueOrDefault((businessId, form));

    public void Delete(long? businessId, string form) => _drafts.Remove((businessId, form));
}
