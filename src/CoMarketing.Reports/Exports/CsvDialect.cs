using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Finance;

namespace CoMarketing.Reports.Exports;

/// <summary>
/// How a CSV file is written: the Finnish spreadsheet dialect (<c>;</c>, decimal comma, UTF-8 with BOM, which is
/// what Finnish Excel opens correctly) or the standard one (<c>,</c>, decimal point, UTF-8 with BOM too, so importers
/// that do not assume UTF-8 still read Finnish letters).
/// </summary>
public sealed record CsvDialect(char Delimiter, char DecimalSeparator, bool ByteOrderMark)
{
    public static CsvDialect Finnish { get; } = new(';', ',', true);

    public static CsvDialect Standard { get; } = new(',', '.', true);

    /// <summary>Finnish when the association's language is Finnish, standard otherwise.</summary>
    public static CsvDialect For(Language language) => language == Language.Finnish ? Finnish : Standard;

    /// <summary>An amount without grouping: <c>1234,50</c> or <c>1234.50</c>.</summary>
    public string Amount(Money money) => money.ToInvariantString().Replace('.', DecimalSeparator);

    /// <summary>A decimal without grouping or trailing zeros: <c>25,5</c> or <c>25.5</c>.</summary>
    public string Number(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture).Replace('.', DecimalSeparator);
}
