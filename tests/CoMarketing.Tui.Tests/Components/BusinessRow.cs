using System.Globalization;
using CoMarketing.Tui.Components;

namespace CoMarketing.Tui.Tests.Components;

/// <summary>A row type for table tests (the real businesses come with the domain).</summary>
internal sealed record BusinessRow(int Id, string Name, string Town)
{
    public static IReadOnlyList<TableColumn<BusinessRow>> Columns { get; } =
    [
        new("Id", row => row.Id.ToString(CultureInfo.InvariantCulture)) { Width = 6, Compare = (a, b) => a.Id.CompareTo(b.Id) },
        new("Name", row => row.Name),
        new("Town", row => row.Town),
    ];

    public static IReadOnlyList<BusinessRow> Many(int count) =>
        Enumerable.Range(1, count).Select(i => new BusinessRow(i, $"Yritys {i:D5}", i % 3 == 0 ? "Rovaniemi" : "Äänekoski")).ToArray();
}
