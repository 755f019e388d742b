using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Demo;
using CoMarketing.Core.Matching;
using CoMarketing.Storage;
using CoMarketing.Storage.Postgres;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// The load test behind <c>db loadtest</c>: fills associations <c>load-0001</c>… on a local PostgreSQL server with
/// members made from the demo association's (once; later runs reuse them), then lets kiosks work at once for a fixed
/// time. Two kiosks share each association and save changes to the same few members (a counter in the notes: read,
/// add one, save; a refused save is read again and retried, as a person would after "changed by someone else"), and
/// ask for a member's top 10 partners from an in-memory matcher kept per kiosk and rebuilt after its own changes.
/// Afterwards every counter is compared with the saves that succeeded: a lost update shows as a counter behind.
/// </summary>
internal sealed class LoadTest
{
    private const int HotMembers = 3;

    private readonly CliEnvironment _environment;
    private readonly PgTarget _server;
    private readonly int _associations;
    private readonly int _perAssociation;
    private readonly ConcurrentBag<double> _saves = [];
    private TimeSpan _pause;
    private readonly ConcurrentBag<double> _matches = [];
    private readonly ConcurrentDictionary<(string Association, long Id), int> _succeeded = new();
    private long _refused;
    private long _errors;

    public LoadTest(CliEnvironment environment, PgTarget server, int associations, int businesses)
    {
        _environment = environment;
        _server = server;
        _associations = associations;
        _perAssociation = Math.Max(HotMembers + 1, businesses / associations);
    }

    /// <summary>
    /// Fills the associations (once), then lets <paramref name="kiosks"/> work at once for <paramref name="duration"/>,
    /// each waiting about <paramref name="pause"/> between its actions (at random between half and one and a half times
    /// it; zero: one action straight after another, as fast as the server answers; a person at a kiosk acts at most
    /// about once a second).
    /// </summary>
    public int Run(int kiosks, TimeSpan duration, TimeSpan pause)
    {
        _pause = pause;
        var filling = Stopwatch.StartNew();
        Fill();
        _environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ready: {_associations} associations × {_perAssociation} members ({_associations * _perAssociation} in all) in {filling.Elapsed.TotalSeconds:0.0} s."));

        var used = Enumerable.Range(0, (kiosks + 1) / 2).Select(k => Name(k % _associations)).Distinct().ToList();
        var before = used.ToDictionary(a => a, Counters);
        var deadline = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, kiosks).Select(k => new Thread(() => Kiosk(k, deadline, duration)) { Name = $"kiosk {k}" }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var lost = 0;
        foreach (var association in used)
        {
            var after = Counters(association);
            foreach (var (id, start) in before[association])
            {
                lost += Math.Max(0, start + _succeeded.GetValueOrDefault((association, id)) - after[id]);
            }
        }

        Report(kiosks, deadline.Elapsed, lost);
        return lost == 0 && Interlocked.Read(ref _errors) == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    private void Fill()
    {
        var templates = DemoAssociation.Build(new DateOnly(2027, 3, 1)).Businesses;
        Parallel.For(0, _associations, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            using var store = PgStore.Open(_server.ForAssociation(Name(i)), _environment.Clock);
            var have = store.Businesses.Count(includeArchived: true);
            if (have >= _perAssociation)
            {
                return;
            }

            var members = Enumerable.Range(have, _perAssociation - have).Select(j => Member(templates[j % templates.Count], j)).ToList();
            store.Businesses.AddRange(members, Actor.CommandLine);
        });
    }

    private static Business Member(Business t, int j) => new(
        0, $"{t.Name} {j + 1}", null, t.Industry, t.Offerings, t.Municipality, t.Catchment, t.CustomerType, t.Contact,
        "load:0", false, t.Audience, t.Channels);

    private void Kiosk(int kiosk, Stopwatch clock, TimeSpan duration)
    {
        var association = Name(kiosk / 2 % _associations);
        var random = new Random(kiosk);
        using var store = PgStore.Open(_server.ForAssociation(association), _environment.Clock);
        var text = new MatchTextOptions(Language.Finnish);
        // Untimed warm-up: the first match and save of a process pay for loading and compiling code, not for the server.
        PartnerMatcher? matcher = MatchingSupport.Matcher(store, null);
        matcher.FindPartners(1, 10, text);
        store.Businesses.Get(1);
        while (clock.Elapsed < duration)
        {
            if (_pause > TimeSpan.Zero)
            {
                // Half to one and a half times the pause: people at different kiosks do not act in step.
                Thread.Sleep(TimeSpan.FromMilliseconds(_pause.TotalMilliseconds * (0.5 + random.NextDouble())));
            }

            try
            {
                if (random.Next(2) == 0)
                {
                    Save(store, association, random.Next(1, HotMembers + 1));
                    matcher = null;
                }
                else
                {
                    matcher ??= MatchingSupport.Matcher(store, null);
                    var started = Stopwatch.GetTimestamp();
                    matcher.FindPartners(random.Next(1, _perAssociation + 1), 10, text);
                    _matches.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
            catch (Exception ex) when (ex is DomainException or Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
            {
                Interlocked.Increment(ref _errors);
                _environment.Error.WriteLine($"kiosk {kiosk}: {ex.Message}");
            }
        }
    }

    /// <summary>Read, add one to the counter, save; a refused save is read again and retried.</summary>
    private void Save(PgStore store, string association, long id)
    {
        while (true)
        {
            var business = store.Businesses.Get(id) ?? throw new DomainException($"Member {id} of {association} is missing.");
            var changed = new Business(business.Id, business.Name, business.BusinessId, business.Industry, business.Offerings, business.Municipality,
                business.Catchment, business.CustomerType, business.Contact, $"load:{Counter(business) + 1}", business.Archived, business.Audience, business.Channels);
            var started = Stopwatch.GetTimestamp();
            try
            {
                store.Businesses.Update(changed, Actor.Coordinator);
            }
            catch (ChangedElsewhereException)
            {
                Interlocked.Increment(ref _refused);
                continue;
            }

            _saves.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            _succeeded.AddOrUpdate((association, id), 1, (_, n) => n + 1);
            return;
        }
    }

    private Dictionary<long, int> Counters(string association)
    {
        using var store = PgStore.Open(_server.ForAssociation(association), _environment.Clock);
        return Enumerable.Range(1, HotMembers).ToDictionary(i => (long)i, i => Counter(store.Businesses.Get(i)!));
    }

    private static int Counter(Business business)
        => business.Notes is { } notes && notes.StartsWith("load:", StringComparison.Ordinal) ? int.Parse(notes[5..], CultureInfo.InvariantCulture) : 0;

    private static string Name(int i) => string.Create(CultureInfo.InvariantCulture, $"load-{i + 1:0000}");

    private void Report(int kiosks, TimeSpan elapsed, int lost)
    {
        var w = _environment.Out;
        var pace = _pause > TimeSpan.Zero ? $", each pausing {_pause.TotalMilliseconds:0} ms (± half) between actions" : ", each acting again as soon as answered";
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kiosks} kiosks for {elapsed.TotalSeconds:0.0} s{pace} on {_server.Display}:"));
        w.WriteLine(Line("saved changes", _saves));
        w.WriteLine(Line("top-10 matches", _matches));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  refused saves (changed by another kiosk; read again and retried): {Interlocked.Read(ref _refused)}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  lost updates: {lost}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  errors reaching a user: {Interlocked.Read(ref _errors)}"));
    }

    private static string Line(string what, IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return $"  {what}: none";
        }

        double At(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"  {what}: {sorted.Length}, p50 {At(0.50):0.0} ms, p95 {At(0.95):0.0} ms, max {sorted[^1]:0.0} ms");
    }
}
