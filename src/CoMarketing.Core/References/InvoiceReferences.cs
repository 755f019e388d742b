using System.Globalization;

namespace CoMarketing.Core.References;

/// <summary>
/// The invoice references of a split's participants, derived only from their position so that the same input
/// always gives the same references.
/// </summary>
/// <remarks>
/// The participant at 1-based position <c>p</c> gets the base <c>1000 + p</c> (1001, 1002, …) and the Finnish
/// reference number of that base (check digit appended, 1001 → 10016), and the RF form of that reference.
/// </remarks>
public static class InvoiceReferences
{
    /// <summary>The Finnish reference for the participant at 1-based <paramref name="position"/>.</summary>
    public static FinnishReference ForPosition(int position)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        return FinnishReference.FromBase((1000L + position).ToString(CultureInfo.InvariantCulture));
    }
}
