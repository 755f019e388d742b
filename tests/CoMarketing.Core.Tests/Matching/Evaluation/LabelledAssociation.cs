using System.Text;
using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Tests.Matching.Evaluation;

/// <summary>
/// The labelled evaluation association (<c>data/evaluation/kemijarvi-labelled.csv</c>): members of a small town's
/// association in the member-import columns, each with the partners a marketing adviser would pick for it.
/// </summary>
/// <param name="Businesses">The members, ids 1..n in file order.</param>
/// <param name="Experts">For each member with a labelled set, the ids of its expert partners.</param>
internal sealed record LabelledAssociation(IReadOnlyList<Business> Businesses, IReadOnlyDictionary<long, IReadOnlySet<long>> Experts)
{
    public const string FileName = "kemijarvi-labelled.csv";

    /// <summary>Kemijärvi and the Salla farm's home: the area's population for the reach model.</summary>
    public const int Population = 7900;

    public static LabelledAssociation Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "evaluation", FileName);
        var lines = File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split(';');
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{FileName}: no column {name}");
        var rows = lines.Skip(1).Select(l => l.Split(';')).ToList();
        var businesses = rows.Select((f, i) => TestBusinesses.Make(
                i + 1,
                industry: f[Column("industry")],
                municipality: f[Column("municipality")],
                offerings: f[Column("offerings")],
                ages: f[Column("ages")],
                interests: f[Column("interests")],
                served: f[Column("served")],
                months: f[Column("months")],
                customers: Enum.Parse<CustomerType>(f[Column("customer_type")], ignoreCase: true),
                channels: f[Column("channels")],
                name: f[Column("name")]))
            .ToList();
        var ids = businesses.ToDictionary(b => b.Name, b => b.Id);
        var experts = new Dictionary<long, IReadOnlySet<long>>();
        foreach (var (f, i) in rows.Select((f, i) => (f, i)))
        {
            var names = f[Column("expert_partners")].Split('|', StringSplitOptions.RemoveEmptyEntries);
            if (names.Length > 0)
            {
                experts[i + 1] = names.Select(n => ids.TryGetValue(n, out var id) ? id : throw new InvalidDataException($"{FileName}: unknown expert partner {n}")).ToHashSet();
            }
        }

        return new LabelledAssociation(businesses, experts);
    }
}
