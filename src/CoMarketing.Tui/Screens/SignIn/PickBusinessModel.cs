using System.Globalization;
using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.SignIn;

/// <summary>
/// Member sign-in, step one, without a terminal: the members by name and the <c>/</c> search (every word must appear
/// in the name, ignoring case).
/// </summary>
public sealed class PickBusinessModel
{
    private readonly IReadOnlyList<Business> _all;
    private readonly CompareInfo _compare;

    public PickBusinessModel(IReadOnlyList<Business> businesses, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(businesses);
        ArgumentNullException.ThrowIfNull(texts);
        _all = businesses;
        _compare = texts.Culture.CompareInfo;
        Rows = businesses;
    }

    public string Filter { get; private set; } = "";

    /// <summary>The businesses shown, in the given (name) order.</summary>
    public IReadOnlyList<Business> Rows { get; private set; }

    public void SetFilter(string filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Filter = filter.Trim();
        var words = Filter.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Rows = [.. _all.Where(b => words.All(word => _compare.IndexOf(b.Name, word, CompareOptions.IgnoreCase) >= 0))];
    }
}
