using System.CommandLine;
using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing settings [--name ..] [--population N] [--vat 25.5] [--language fi|en] [--small-town on|off]
/// [--idle-minutes N] [--business-id Y] [--iban IBAN] [--payment-term DAYS] [--federation-sharing none|counts|profiles|contacts]
/// [--coordinator-name N] [--coordinator-email E] [--coordinator-phone P]</c>: shows the association's settings, or changes the given ones in one audited write.
/// </summary>
/// <remarks>
/// Sharing anything with the federation needs a way to reach the coordinator (an e-mail or a phone), since every
/// partner suggested to another association names it. A LiteDB file holds one association, so there the tier is kept
/// for when the association moves to a server, and the command says so.
/// </remarks>
public static class SettingsCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var name = new Option<string?>("--name") { Description = "The association's name" };
        var population = new Option<int?>("--population") { Description = "Population of the area (the reach model's P)" };
        var vat = new Option<string?>("--vat") { Description = "Default VAT rate in percent, e.g. 25.5 or 25,5" };
        var language = new Option<string?>("--language") { Description = "The association's language: fi or en" };
        var smallTown = new Option<string?>("--small-town") { Description = "Small-town mode (same-class businesses of different subclasses may pair): on or off" };
        var idle = new Option<int?>("--idle-minutes") { Description = "Minutes without a key before the kiosk returns to the welcome screen" };
        var businessId = new Option<string?>("--business-id") { Description = "The association's Y-tunnus, e.g. 1234567-1 (\"\" clears it)" };
        var iban = new Option<string?>("--iban") { Description = "The account members pay to, e.g. FI21 1234 5600 0007 85 (\"\" clears it)" };
        var term = new Option<int?>("--payment-term") { Description = "Days from a summary to its payments' due date (0–365)" };
        var sharing = new Option<string?>("--federation-sharing") { Description = "What the federation's other associations see: none, counts, profiles (no contact details) or contacts" };
        var coordinatorName = new Option<string?>("--coordinator-name") { Description = "The coordinator the federation contacts (\"\" clears it)" };
        var coordinatorEmail = new Option<string?>("--coordinator-email") { Description = "The coordinator's e-mail for the federation (\"\" clears it)" };
        var coordinatorPhone = new Option<string?>("--coordinator-phone") { Description = "The coordinator's phone for the federation (\"\" clears it)" };
        var command = new Command("settings", "Show or change the association's settings (name, population, VAT, language, small-town mode, kiosk idle time)");
        foreach (var option in new Option[] { name, population, vat, language, smallTown, idle, businessId, iban, term, sharing, coordinatorName, coordinatorEmail, coordinatorPhone })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var current = store.Association.Get();
            var changed = ApplyFederation(
                ApplyPayment(
                Apply(
                    current,
                    parseResult.GetValue(name),
                    parseResult.GetValue(population),
                    parseResult.GetValue(vat),
                    parseResult.GetValue(language),
                    parseResult.GetValue(smallTown),
                    parseResult.GetValue(idle)),
                parseResult.GetValue(businessId),
                parseResult.GetValue(iban),
                parseResult.GetValue(term)),
                parseResult.GetValue(sharing),
                parseResult.GetValue(coordinatorName),
                parseResult.GetValue(coordinatorEmail),
                parseResult.GetValue(coordinatorPhone));
            if (changed != current)
            {
                store.Association.Update(changed, Actor.CommandLine);
            }

            Write(environment.Out, changed);
            if (changed.FederationSharing != FederationSharing.None && !store.Federation.IsAvailable)
            {
                environment.Out.WriteLine("This database is a file holding one association, so it has no federation to share with; the tier takes effect once the association is on a PostgreSQL server with others ('comarketing db copy').");
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The settings with the given changes applied; every value is validated before anything is saved.</summary>
    public static AssociationSettings Apply(AssociationSettings current, string? name, int? population, string? vat, string? language, string? smallTown, int? idleMinutes)
    {
        ArgumentNullException.ThrowIfNull(current);
        return new AssociationSettings(
            name ?? current.Name,
            current.Currency,
            vat is null ? current.DefaultVatPercent : ParsePercent(vat),
            language is null ? current.Language : ParseLanguage(language),
            population ?? current.Population,
            smallTown is null ? current.SmallTownMode : ParseSwitch(smallTown),
            idleMinutes ?? current.KioskIdleMinutes)
        {
            BusinessId = current.BusinessId,
            Iban = current.Iban,
            PaymentTermDays = current.PaymentTermDays,
        };
    }

    /// <summary>
    /// The settings with the payment details changed: Y-tunnus and IBAN validated (an empty value clears one),
    /// the payment term 0–365 days.
    /// </summary>
    public static AssociationSettings ApplyPayment(AssociationSettings current, string? businessId, string? iban, int? paymentTermDays)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current with
        {
            BusinessId = businessId is null ? current.BusinessId
                : businessId.Trim().Length == 0 ? null
                : BusinessId.TryParse(businessId, out var id, out var idError) ? id : throw new DomainException($"--business-id: {idError}"),
            Iban = iban is null ? current.Iban
                : iban.Trim().Length == 0 ? null
                : Iban.TryParse(iban, out var account, out var ibanError) ? account : throw new DomainException($"--iban: {ibanError}"),
            PaymentTermDays = paymentTermDays is { } days
                ? days is >= 0 and <= 365 ? days : throw new DomainException($"--payment-term: must be 0–365 days, got {days}.")
                : current.PaymentTermDays,
        };
    }

    /// <summary>
    /// The settings with the federation sharing tier and the coordinator's contact changed (an empty value clears a
    /// contact field); sharing anything needs the coordinator's e-mail or phone.
    /// </summary>
    public static AssociationSettings ApplyFederation(AssociationSettings current, string? sharing, string? person, string? email, string? phone)
    {
        ArgumentNullException.ThrowIfNull(current);
        var tier = sharing is null ? current.FederationSharing : ParseSharing(sharing);
        var was = current.Coordinator;
        var coordinator = new ContactInfo(person ?? was.Person, email ?? was.Email, phone ?? was.Phone);
        if (tier != FederationSharing.None && coordinator.Email is null && coordinator.Phone is null)
        {
            throw new DomainException($"--federation-sharing {SharingKey(tier)}: the other associations need a way to reach the coordinator; give --coordinator-email or --coordinator-phone too.");
        }

        return current with { FederationSharing = tier, Coordinator = coordinator };
    }

    /// <summary>The tier's word on the command line: none, counts, profiles or contacts.</summary>
    public static string SharingKey(FederationSharing tier) => tier.ToString().ToLowerInvariant();

    private static FederationSharing ParseSharing(string text) => text.Trim().ToLowerInvariant() switch
    {
        "none" or "nothing" => FederationSharing.None,
        "counts" => FederationSharing.Counts,
        "profiles" => FederationSharing.Profiles,
        "contacts" => FederationSharing.Contacts,
        _ => throw new DomainException($"--federation-sharing: '{text}' is not a tier; use none, counts, profiles or contacts."),
    };

    private static decimal ParsePercent(string text)
    {
        var normalised = text.Trim().TrimEnd('%').Trim().Replace(',', '.');
        return decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new DomainException($"--vat: '{text}' is not a percentage; write it like 25.5 or 25,5.");
    }

    private static Language ParseLanguage(string text) => text.Trim().ToLowerInvariant() switch
    {
        "fi" or "suomi" or "finnish" => Language.Finnish,
        "en" or "english" => Language.English,
        _ => throw new DomainException($"--language: '{text}' is not a language; use fi or en."),
    };

    private static bool ParseSwitch(string text) => text.Trim().ToLowerInvariant() switch
    {
        "on" or "yes" or "true" or "1" => true,
        "off" or "no" or "false" or "0" => false,
        _ => throw new DomainException($"--small-town: '{text}' must be on or off."),
    };

    private static void Write(TextWriter output, AssociationSettings settings)
    {
        output.WriteLine($"Name:             {settings.Name}");
        output.WriteLine($"Currency:         {settings.Currency}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Default VAT:      {settings.DefaultVatPercent} %"));
        output.WriteLine($"Language:         {(settings.Language == Language.Finnish ? "fi" : "en")}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Population:       {settings.Population}"));
        output.WriteLine($"Small-town mode:  {(settings.SmallTownMode ? "on" : "off")}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Kiosk idle time:  {settings.KioskIdleMinutes} min"));
        output.WriteLine($"Business ID:      {settings.BusinessId?.Value ?? "–"}");
        output.WriteLine($"IBAN:             {settings.Iban?.Grouped ?? "–"}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Payment term:     {settings.PaymentTermDays} days"));
        output.WriteLine($"Federation:       {SharingKey(settings.FederationSharing)}");
        var c = settings.Coordinator;
        var contact = string.Join(", ", new[] { c.Person, c.Email, c.Phone }.Where(p => p is not null));
        output.WriteLine($"Coordinator:      {(contact.Length > 0 ? contact : "–")}");
    }
}
