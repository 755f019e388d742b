using System.Globalization;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using CoMarketing.Core.Reference;
using C = CoMarketing.Reports.Import.MemberColumns;

namespace CoMarketing.Reports.Import;

/// <summary>
/// Turns one import row into a <see cref="Business"/>, checking every cell and reporting each bad one (not just the
/// first). Defaults for empty cells: industry <c>00000</c> (unknown), customer type consumers, all ages evenly,
/// all year, the given default municipality.
/// </summary>
public sealed class MemberRowParser(ReferenceData reference, MunicipalityCode? defaultMunicipality)
{
    public (Business? Business, IReadOnlyList<ImportProblem> Errors, IReadOnlyList<ImportProblem> Warnings) Parse(ImportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var errors = new List<ImportProblem>();
        var warnings = new List<ImportProblem>();
        T? Cell<T>(string column, Func<string, T> parse, T fallback)
        {
            var text = row.Get(column);
            if (text.Length == 0)
            {
                return fallback;
            }

            try
            {
                return parse(text);
            }
            catch (DomainException ex)
            {
                errors.Add(ImportProblem.Refused(row.Line, column, ex));
                return default;
            }
        }

        var name = row.Get(C.Name);
        if (name.Length == 0)
        {
            errors.Add(ImportProblem.Of(row.Line, C.Name, DomainProblem.Of("ImportNameRequired")));
        }

        var businessId = Cell<BusinessId?>(C.BusinessId, s => BusinessId.Parse(s), null);
        var industry = Cell(C.Industry, IndustryCode.Parse, IndustryClass.UnknownCode);
        if (row.Get(C.Industry).Length > 0 && industry.Code is not null && reference.FindIndustry(industry) is null)
        {
            warnings.Add(ImportProblem.Of(row.Line, C.Industry, DomainProblem.Of("ImportIndustryNotListed", industry.ToString())));
        }

        var municipality = Municipality(row, errors, warnings);
        var customerType = Cell(C.CustomerType, ParseCustomerType, CustomerType.Consumers);
        var ages = Cell(C.Ages, AgeDistribution.Parse, AgeDistribution.Uniform);
        var interests = Cell(C.Interests, s => s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(InterestTag.Parse).ToList(), []);
        var months = Cell<ActiveMonths?>(C.Months, s => ParseMonths(s), ActiveMonths.AllYear);
        var national = Cell(C.National, ParseYesNo, false);
        var channels = Cell(C.Channels, ParseChannels, []);
        ContactInfo? contact = null;
        try
        {
            contact = new ContactInfo(row.Get(C.Contact), row.Get(C.Email), row.Get(C.Phone));
        }
        catch (DomainException ex)
        {
            var column = ContactInfo.IsAboutPerson(ex) ? C.Contact : ContactInfo.IsAboutEmail(ex) ? C.Email : C.Phone;
            errors.Add(ImportProblem.Refused(row.Line, column, ex));
        }

        if (errors.Count > 0 || municipality is null)
        {
            return (null, errors, warnings);
        }

        try
        {
            var audience = new Audience(ages!, [.. interests!], [municipality.Value], months!.Value, 0, national);
            var offerings = row.Get(C.Offerings).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var business = new Business(0, name, businessId, industry, offerings, municipality.Value, null, customerType, contact!, row.Get(C.Notes), false, audience, channels!);
            return (business, errors, warnings);
        }
        catch (DomainException ex)
        {
            errors.Add(ImportProblem.Refused(row.Line, null, ex));
            return (null, errors, warnings);
        }
    }

    private MunicipalityCode? Municipality(ImportRow row, List<ImportProblem> errors, List<ImportProblem> warnings)
    {
        var text = row.Get(C.Municipality);
        if (text.Length == 0)
        {
            if (defaultMunicipality is null)
            {
                errors.Add(ImportProblem.Of(row.Line, C.Municipality, DomainProblem.Of("ImportMunicipalityMissing")));
            }

            return defaultMunicipality;
        }

        if (!reference.TryResolveMunicipality(text, out var code, out var known, out var error))
        {
            errors.Add(new ImportProblem(row.Line, $"municipality: {error}"));
            return null;
        }

        if (known is null)
        {
            warnings.Add(ImportProblem.Of(row.Line, C.Municipality, DomainProblem.Of("ImportMunicipalityNotListed", code.ToString())));
        }

        return code;
    }

    private static CustomerType ParseCustomerType(string text) => text.Trim().ToLowerInvariant() switch
    {
        "consumers" or "consumer" or "b2c" or "kuluttajat" => CustomerType.Consumers,
        "businesses" or "business" or "b2b" or "yritykset" => CustomerType.Businesses,
        "both" or "molemmat" => CustomerType.Both,
        _ => throw DomainException.Of("ImportCustomerType", text),
    };

    private static bool ParseYesNo(string text) => text.Trim().ToLowerInvariant() switch
    {
        "yes" or "true" or "1" or "kyllä" or "k" or "y" => true,
        "no" or "false" or "0" or "ei" or "e" or "n" => false,
        _ => throw DomainException.Of("ImportYesNo", text),
    };

    /// <summary><c>instagram:4200|facebook:1800|newspaper:12000</c>: kind and audience size (spaces in numbers allowed).</summary>
    private static List<Channel> ParseChannels(string text)
    {
        var channels = new List<Channel>();
        foreach (var part in text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(':');
            var digits = pieces.Length == 2 ? pieces[1].Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00A0", string.Empty, StringComparison.Ordinal) : string.Empty;
            if (pieces.Length != 2 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                throw DomainException.Of("ImportChannel", part);
            }

            channels.Add(new Channel(ChannelKinds.Parse(pieces[0]), null, size, 0, Money.Zero));
        }

        return channels;
    }

    /// <summary>
    /// The active months; a spreadsheet that turned <c>6-8</c> into a date (read as <c>2027-08-06</c>) is told so,
    /// rather than refused with the date's own digits.
    /// </summary>
    private static ActiveMonths ParseMonths(string text)
        => DateTime.TryParseExact(text, ["yyyy-MM-dd", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? throw DomainException.Of("ImportMonthsDate", text)
            : ActiveMonths.Parse(text);
}
