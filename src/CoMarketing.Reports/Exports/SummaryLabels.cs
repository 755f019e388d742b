using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Finance;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// Every heading, label and value word of a summary in one language, with that language's formats: Finnish dates
/// <c>1.3.2027</c> and amounts <c>1 234,50 €</c>; English dates <c>1 Mar 2027</c> and amounts <c>1,234.50 €</c>.
/// </summary>
public sealed partial record SummaryLabels
{
    /// <summary>The labels of a language.</summary>
    public static SummaryLabels For(Language language) => language == Language.Finnish ? Finnish : English;

    /// <summary>Finnish labels for a Finnish culture, English otherwise.</summary>
    public static SummaryLabels For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "fi" ? Finnish : English;
    }

    public required Language Language { get; init; }

    public required CultureInfo Culture { get; init; }

    /// <summary>The HTML <c>lang</c> code.</summary>
    public string Code => Language == Language.Finnish ? "fi" : "en";

    public required string Campaign { get; init; }
    public required string Field { get; init; }
    public required string Value { get; init; }
    public required string Goal { get; init; }
    public required string Target { get; init; }
    public required string Dates { get; init; }
    public required string Start { get; init; }
    public required string End { get; init; }
    public required string Status { get; init; }
    public required string Association { get; init; }
    public required string Currency { get; init; }
    public required string Settlement { get; init; }
    public required string Participants { get; init; }
    public required string CostItems { get; init; }
    public required string Item { get; init; }
    public required string Rule { get; init; }
    public required string PaidBy { get; init; }
    public required string VatPercent { get; init; }
    public required string Participant { get; init; }
    public required string Net { get; init; }
    public required string Vat { get; init; }
    public required string Gross { get; init; }
    public required string Total { get; init; }
    public required string Paid { get; init; }
    public required string Balance { get; init; }
    public required string OwnReach { get; init; }
    public required string NewReach { get; init; }
    public required string Reach { get; init; }
    public required string Population { get; init; }
    public required string CombinedReach { get; init; }
    public required string Unbounded { get; init; }
    public required string PaymentInstructions { get; init; }
    public required string Payer { get; init; }
    public required string Payee { get; init; }
    public required string Amount { get; init; }
    public required string Reference { get; init; }
    public required string RfReference { get; init; }
    public required string DueDate { get; init; }
    public required string None { get; init; }
    public required string Nothing { get; init; }
    public required string Totals { get; init; }
    public required string Shares { get; init; }
    public required string Statement { get; init; }
    public required string YouPay { get; init; }
    public required string YouReceive { get; init; }
    public required string Why { get; init; }
    public required string BusinessId { get; init; }
    public required string Iban { get; init; }
    public required string PaymentTerm { get; init; }
    public required string Days { get; init; }
    public required string Issued { get; init; }
    public required string Metrics { get; init; }
    public required string Cost { get; init; }
    public required string NewCustomers { get; init; }
    public required string AcquisitionCost { get; init; }
    public required string CustomerValue { get; init; }
    public required string Roi { get; init; }
    public required string Funnel { get; init; }
    public required string ResultsPerMonth { get; init; }
    public required string Month { get; init; }
    public required string Reached { get; init; }
    public required string Interested { get; init; }
    public required string Leads { get; init; }
    public required string Revenue { get; init; }
    public required string NoResults { get; init; }
    public required string PublicationPlan { get; init; }
    public required string DateLabel { get; init; }

    public required string WhoPosts { get; init; }
    public required string Channel { get; init; }
    public required string Description { get; init; }
    public required string YourTasks { get; init; }
    public required string NoTasks { get; init; }
    public required string PauseDuty { get; init; }
    public required string ContactDuty { get; init; }
    public required string Throughout { get; init; }

    /// <summary>"Answer negative comments within N hours", with the right plural.</summary>
    public required Func<int, string> RespondDuty { get; init; }

    /// <summary>Words for goal kinds, statuses, rules and settlement modes, keyed by their camelCase JSON names.</summary>
    public required IReadOnlyDictionary<string, string> Words { get; init; }

    /// <summary>The word for a camelCase value (<c>newCustomers</c>, <c>finished</c>, <c>equal</c>), or the value itself.</summary>
    public string Word(string value) => Words.TryGetValue(value, out var word) ? word : value;

    /// <summary><c>1 234,50 €</c> or <c>1,234.50 €</c>.</summary>
    public string Euros(Money money) => $"{money.Format(Culture)} €";

    /// <summary>Whole people, grouped: <c>60 000</c> or <c>60,000</c>.</summary>
    public string Whole(long value) => value.ToString("#,0", Culture);

    /// <summary>A percentage: <c>25,5 %</c> or <c>25.5 %</c>.</summary>
    public string Percent(decimal value) => value.ToString("#,0.##", Culture) + " %";

    /// <summary>A plain decimal: <c>1,5</c> or <c>1.5</c>.</summary>
    public string Number(decimal value) => value.ToString("0.##", Culture);

    /// <summary><c>1.3.2027</c> or <c>1 Mar 2027</c>.</summary>
    public string Date(DateOnly date) => Language == Language.Finnish
        ? date.ToString("d.M.yyyy", CultureInfo.InvariantCulture)
        : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
