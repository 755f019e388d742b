using System.Globalization;
using System.Text.Json.Nodes;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// The payment terms as JSON, so that the JSON documents say what every printed format says: the association's
/// Y-tunnus and IBAN, the date, the payment term and the due date (<c>yyyy-MM-dd</c>).
/// </summary>
public static class PaymentTermsJson
{
    /// <summary><c>{ "businessId", "iban", "days", "issued", "dueDate" }</c>; a missing Y-tunnus or IBAN is <c>null</c>.</summary>
    public static JsonObject Of(PaymentTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return new JsonObject
        {
            ["businessId"] = terms.BusinessId,
            ["iban"] = terms.Iban,
            ["days"] = terms.Days,
            ["issued"] = Date(terms.Issued),
            ["dueDate"] = Date(terms.Due),
        };
    }

    /// <summary>The due date as JSON writes it.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
