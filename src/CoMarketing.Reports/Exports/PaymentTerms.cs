namespace CoMarketing.Reports.Exports;

/// <summary>What the payment instructions print besides the amounts: the association's details and the due date.</summary>
/// <param name="BusinessId">The association's Y-tunnus, or null.</param>
/// <param name="Iban">The account to pay to (paper form), or null.</param>
/// <param name="Days">The payment term in days.</param>
/// <param name="Issued">The date the summary is made: the due date is this plus <paramref name="Days"/>.</param>
public sealed record PaymentTerms(string? BusinessId, string? Iban, int Days, DateOnly Issued)
{
    /// <summary>The day payments are due.</summary>
    public DateOnly Due => Issued.AddDays(Days);
}
