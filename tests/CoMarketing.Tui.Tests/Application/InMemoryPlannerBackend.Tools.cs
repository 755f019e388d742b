using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Tests.Application;

/// <summary>The coordinator tools of the fake: restore, pair marks, import, backup into memory, an audit list.</summary>
internal sealed partial class InMemoryPlannerBackend
{
    /// <summary>Backups "written": path to the names of the members at that moment.</summary>
    public Dictionary<string, IReadOnlyList<string>> Backups { get; } = [];

    /// <summary>What <see cref="Check"/> answers (empty: sound).</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Entries <see cref="QueryAudit"/> searches, in any order.</summary>
    public List<AuditEntry> AuditEntries { get; } = [];

    /// <summary>Runs inside <see cref="Backup"/> (tests block it to see the view while the work runs).</summary>
    public Action? DuringBackup { get; set; }

    public IReadOnlyList<Business> GetAllBusinesses() =>
        [.. _businesses.OrderBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase)];

    public void RestoreBusiness(long id, Actor actor)
    {
        var business = GetBusiness(id) ?? throw new DomainException($"Business {id} no longer exists.");
        if (!business.Archived)
        {
            throw new DomainException($"'{business.Name}' is not archived.");
        }

        _businesses[_businesses.IndexOf(business)] = new Business(business.Id, business.Name, business.BusinessId, business.Industry,
            business.Offerings, business.Municipality, business.Catchment, business.CustomerType, business.Contact, business.Notes,
            false, business.Audience, business.Channels);
        _matcher = null;
        Writes.Add(new BackendWrite(nameof(RestoreBusiness), actor, id, business.Name));
    }

    public void SetPairPreference(PairPreference preference, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(preference);
        _preferences.RemoveAll(p => p.From == preference.From && p.To == preference.To);
        _preferences.Add(preference);
        _matcher = null;
        Writes.Add(new BackendWrite(nameof(SetPairPreference), actor, preference.From, $"{preference.To}:{preference.Kind}"));
    }

    public void RemovePairPreference(long from, long to, Actor actor)
    {
        _preferences.RemoveAll(p => p.From == from && p.To == to);
        _matcher = null;
        Writes.Add(new BackendWrite(nameof(RemovePairPreference), actor, from, $"{to}"));
    }

    public IReadOnlyList<Business> ImportBusinesses(IReadOnlyCollection<Business> businesses, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(businesses);
        var next = _businesses.Count == 0 ? 1 : _businesses.Max(b => b.Id) + 1;
        var added = businesses.Select((b, i) => b.WithId(next + i)).ToList();
        _businesses.AddRange(added);
        _matcher = null;
        Writes.Add(new BackendWrite(nameof(ImportBusinesses), actor, null, string.Join("|", added.Select(b => b.Name))));
        return added;
    }

    public string Backup(string? targetPath)
    {
        DuringBackup?.Invoke();
        var path = targetPath ?? $"/backups/comarketing-{Clock.GetUtcNow():yyyyMMdd-HHmmss}.db";
        if (!Backups.TryAdd(path, [.. _businesses.Select(b => b.Name)]))
        {
            throw new DomainException($"{path} already exists; a backup never overwrites a file.");
        }

        return path;
    }

    public IReadOnlyList<string> Check() => [.. Problems];

    public IReadOnlyList<string> CheckBackup(string path) =>
        Backups.ContainsKey(path) ? [.. Problems] : [$"There is no backup file at {path}."];

    public AuditPage QueryAudit(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var matching = AuditEntries.Where(query.Matches).OrderByDescending(e => e.Id).ToList();
        return new AuditPage([.. matching.Take(query.Limit)], matching.Count);
    }

    public IReadOnlyList<string> GetAuditActions() =>
        [.. AuditEntries.Select(e => e.Action).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
