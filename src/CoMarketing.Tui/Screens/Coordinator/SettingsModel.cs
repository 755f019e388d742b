using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>
/// The association's settings as the coordinator edits them (everything the <c>settings</c> command offers): each
/// field is checked on its own and its problem shown beside it; the whole change is saved in one audited write, or
/// nothing is.
/// </summary>
public sealed class SettingsModel
{
    public const string NameField = "name";
    public const string PopulationField = "population";
    public const string VatField = "vat";
    public const string IdleField = "idle";
    public const string CoordinatorField = "coordinator";

    private readonly PlannerService _service;
    private readonly Dictionary<string, string> _errors = [];
    private AssociationSettings _saved;

    /// <exception cref="DomainException">The session is not the coordinator's.</exception>
    public SettingsModel(PlannerService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (!service.Session.IsCoordinator)
        {
            throw new DomainException(service.ToolTexts.Get("PermCoordinatorTool"));
        }

        _service = service;
        _saved = service.Backend.GetAssociation();
        Name = _saved.Name;
        Population = _saved.Population.ToString("N0", Texts.Culture);
        Vat = _saved.DefaultVatPercent.ToString("0.##", Texts.Culture);
        Language = _saved.Language;
        SmallTownMode = _saved.SmallTownMode;
        IdleMinutes = _saved.KioskIdleMinutes.ToString(CultureInfo.InvariantCulture);
        Sharing = _saved.FederationSharing;
        CoordinatorEmail = _saved.Coordinator.Email ?? string.Empty;
        CoordinatorPhone = _saved.Coordinator.Phone ?? string.Empty;
    }

    public ToolTexts Texts => _service.ToolTexts;

    public string Name { get; set; }

    public string Population { get; set; }

    public string Vat { get; set; }

    public Language Language { get; set; }

    public bool SmallTownMode { get; set; }

    public string IdleMinutes { get; set; }

    /// <summary>What the federation's other associations see (<c>settings --federation-sharing</c>).</summary>
    public FederationSharing Sharing { get; set; }

    /// <summary>The coordinator's e-mail for the federation; empty for none.</summary>
    public string CoordinatorEmail { get; set; }

    /// <summary>The coordinator's phone for the federation; empty for none.</summary>
    public string CoordinatorPhone { get; set; }

    /// <summary>Each field's problem from the last <see cref="Save"/>, by field name.</summary>
    public IReadOnlyDictionary<string, string> Errors => _errors;

    public ToolMessage? Message { get; private set; }

    /// <summary>Checks every field; saves them together when all are right and something changed.</summary>
    /// <returns>True when the settings were saved.</returns>
    public bool Save()
    {
        _errors.Clear();
        var population = ParseWhole(Population, 1, int.MaxValue, Texts.Culture);
        var vat = ParseVat(Vat);
        var idle = ParseWhole(IdleMinutes, 1, 120, Texts.Culture);
        Require(!string.IsNullOrWhiteSpace(Name), NameField, "ErrName");
        Require(population is not null, PopulationField, "ErrPopulation");
        Require(vat is not null, VatField, "ErrVat");
        Require(idle is not null, IdleField, "ErrIdle");
        var coordinator = Coordinator();
        Require(coordinator is not null, CoordinatorField, "ErrCoordinator");
        Require(coordinator is null || Sharing == FederationSharing.None || coordinator.Email is not null || coordinator.Phone is not null, CoordinatorField, "ErrCoordinatorNeeded");
        if (_errors.Count > 0)
        {
            Message = ToolMessage.Error(Texts.Get("FixFields"));
            return false;
        }

        // The fields this screen does not edit (payment details, the coordinator's name) are kept as saved.
        var next = new AssociationSettings(Name.Trim(), _saved.Currency, vat!.Value, Language, population!.Value, SmallTownMode, idle!.Value)
        {
            BusinessId = _saved.BusinessId,
            Iban = _saved.Iban,
            PaymentTermDays = _saved.PaymentTermDays,
            FederationSharing = Sharing,
            Coordinator = coordinator!,
        };
        if (next == _saved)
        {
            Message = ToolMessage.Done(Texts.Get("NothingChanged"));
            return false;
        }

        try
        {
            _service.UpdateAssociation(next);
        }
        catch (DomainException error)
        {
            Message = ToolMessage.Error(Texts.Message(error));
            return false;
        }

        _saved = next;
        Message = ToolMessage.Done(Texts.Get("SettingsSaved"));
        return true;
    }

    /// <summary>The coordinator's contact with the typed e-mail and phone (the name kept), or null when one is not valid.</summary>
    private ContactInfo? Coordinator()
    {
        try
        {
            return new ContactInfo(_saved.Coordinator.Person, CoordinatorEmail, CoordinatorPhone);
        }
        catch (DomainException)
        {
            return null;
        }
    }

    private void Require(bool ok, string field, string text)
    {
        if (!ok)
        {
            _errors.TryAdd(field, Texts.Get(text));
        }
    }

    /// <summary>
    /// A whole number; spaces (also no-break ones) and the culture's group separator between thousands are allowed:
    /// "65 500", "65,500" (the field shows the population that way in English).
    /// </summary>
    private static int? ParseWhole(string text, int min, int max, CultureInfo culture)
    {
        var separator = culture.NumberFormat.NumberGroupSeparator;
        var digits = string.Concat((text ?? string.Empty).Replace(separator, string.Empty, StringComparison.Ordinal)
            .Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F'));
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max ? value : null;
    }

    /// <summary>A percentage 0–100 with at most two decimals, written 25,5 or 25.5, with or without %.</summary>
    private static decimal? ParseVat(string text)
    {
        var normalised = (text ?? string.Empty).Trim().TrimEnd('%').Trim().Replace(',', '.');
        return decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && value is >= 0 and <= 100 && decimal.Round(value, 2) == value
            ? value
            : null;
    }
}
