using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Association;

/// <summary>The association's own settings.</summary>
/// <remarks>
/// <see cref="DefaultVatPercent"/> is a percentage (25.5 for Finland's general rate since 1 Sept 2024), at most two decimals.
/// <see cref="Population"/> is the population of the association's area, the P of the reach model.
/// <see cref="BusinessId"/>, <see cref="Iban"/> and <see cref="PaymentTermDays"/> are what the payment instructions
/// print; they are init-only with defaults (none, none, 14 days). <see cref="FederationSharing"/> and
/// <see cref="Coordinator"/> say what the association shows its federation and who answers for it (nothing and
/// nobody by default).
/// </remarks>
public sealed record AssociationSettings
{
    public AssociationSettings(string name, string currency, decimal defaultVatPercent, Language language, int population, bool smallTownMode, int kioskIdleMinutes)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw DomainException.Of("AssociationNeedsName");
        }

        if (currency != "EUR")
        {
            throw DomainException.Of("CurrencyNotEur", currency);
        }

        if (defaultVatPercent is < 0 or > 100 || decimal.Round(defaultVatPercent, 2) != defaultVatPercent)
        {
            throw DomainException.Of("VatRateTwoDecimals", defaultVatPercent);
        }

        if (population <= 0)
        {
            throw DomainException.Of("PopulationNotPositive", population);
        }

        if (kioskIdleMinutes is < 1 or > 120)
        {
            throw DomainException.Of("KioskIdleRange", kioskIdleMinutes);
        }

        Name = name.Trim();
        Currency = currency;
        DefaultVatPercent = defaultVatPercent;
        Language = language;
        Population = population;
        SmallTownMode = smallTownMode;
        KioskIdleMinutes = kioskIdleMinutes;
    }

    /// <summary>The settings a new database starts with.</summary>
    public static AssociationSettings Default { get; } = new("Yrittäjäyhdistys", "EUR", 25.5m, Language.Finnish, 60000, false, 3);

    public string Name { get; }

    public string Currency { get; }

    public decimal DefaultVatPercent { get; }

    public Language Language { get; }

    public int Population { get; }

    /// <summary>When on, same-class businesses that differ at the finer (subclass) level may pair.</summary>
    public bool SmallTownMode { get; }

    /// <summary>Minutes of inactivity after which the kiosk returns to the welcome screen.</summary>
    public int KioskIdleMinutes { get; }

    /// <summary>The association's own business ID (Y-tunnus), printed on summaries and statements; none by default.</summary>
    public BusinessId? BusinessId { get; init; }

    /// <summary>The account members pay to, printed with the payment instructions; none by default.</summary>
    public Iban? Iban { get; init; }

    /// <summary>Days from the summary's date to a payment's due date (0–365); 14 by default.</summary>
    public int PaymentTermDays
    {
        get;
        init => field = value is >= 0 and <= 365
            ? value
            : throw DomainException.Of("PaymentTermRange", value);
    } = 14;

    /// <summary>What the association shares with the other associations of its federation; nothing by default.</summary>
    public FederationSharing FederationSharing
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw DomainException.Of("UnknownSharingTier", (int)value);
    }

    /// <summary>How the federation reaches the association's coordinator (shown beside every shared member); none by default.</summary>
    public ContactInfo Coordinator
    {
        get;
        init => field = value ?? ContactInfo.None;
    } = ContactInfo.None;
}
