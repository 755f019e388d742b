using System.Globalization;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Storage;
using CoMarketing.Tui.Application;

namespace CoMarketing.Cli.Planner;

/// <summary>The coordinator's tools over the store's public API: archive and restore, pair marks, import, backup, audit.</summary>
public sealed partial class StoreBackend
{
    public IReadOnlyList<Business> GetAllBusinesses() =>
        [.. _store.Businesses.GetAll(includeArchived: true).OrderBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase)];

    /// <remarks>
    /// The store has no restore of its own: the business is saved again with its archived flag cleared, one
    /// transaction audited as <c>business.update</c>.
    /// </remarks>
    public void RestoreBusiness(long id, Actor actor)
    {
        var business = _store.Businesses.Get(id) ?? throw DomainException.Of("NoBusinessToRestore", id);
        if (!business.Archived)
        {
            throw DomainException.Of("NotArchived", business.Name);
        }

        Refusable(() => _store.Businesses.Update(
            new Business(business.Id, business.Name, business.BusinessId, business.Industry, business.Offerings, business.Municipality,
                business.Catchment, business.CustomerType, business.Contact, business.Notes, false, business.Audience, business.Channels),
            actor));
        _matcher = null;
    }

    public void SetPairPreference(PairPreference preference, Actor actor)
    {
        _store.PairPreferences.Set(preference, actor);
        _matcher = null;
    }

    public void RemovePairPreference(long from, long to, Actor actor)
    {
        _store.PairPreferences.Remove(from, to, actor);
        _matcher = null;
    }

    public IReadOnlyList<Business> ImportBusinesses(IReadOnlyCollection<Business> businesses, Actor actor)
    {
        var added = _store.Businesses.AddRange(businesses, actor);
        _matcher = null;
        return added;
    }

    public string Backup(string? targetPath)
    {
        var target = targetPath;
        if (string.IsNullOrWhiteSpace(target))
        {
            var stamp = _clock.GetLocalNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
            target = Path.Combine(Path.GetDirectoryName(_store.Path) ?? ".", $"comarketing-{stamp}.db");
        }

        var full = Path.GetFullPath(target);
        _store.Backup(full);
        return full;
    }

    public IReadOnlyList<string> Check() => _store.Check();

    public IReadOnlyList<string> CheckBackup(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            return [$"There is no backup file at {path}."];
        }

        return Store.Open(path, _clock).Check();
    }

    /// <remarks>The store's audit log reads newest first; the filter runs here over every entry.</remarks>
    public AuditPage QueryAudit(AuditQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var matching = AllAuditEntries().Where(query.Matches).ToList();
        return new AuditPage([.. matching.Take(query.Limit)], matching.Count);
    }

    public IReadOnlyList<string> GetAuditActions() =>
        [.. AllAuditEntries().Select(e => e.Action).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private IReadOnlyList<AuditEntry> AllAuditEntries() => _store.Audit.Recent((int)Math.Min(_store.Audit.Count(), int.MaxValue));
}
