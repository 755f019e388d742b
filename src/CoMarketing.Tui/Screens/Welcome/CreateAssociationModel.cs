using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Welcome;

/// <summary>
/// First start on an empty database without a terminal: the association's name, its area's population and the
/// coordinator's PIN typed twice (4–8 digits, not trivially weak). Nothing is saved until all of it is valid; then the
/// person is signed in as the coordinator.
/// </summary>
public sealed class CreateAssociationModel
{
    public const string NameField = "name";
    public const string PopulationField = "population";
    public const string PinField = "pin";
    public const string RepeatField = "repeat";

    private readonly PlannerShell _shell;
    private readonly Dictionary<string, string> _errors = [];

    public CreateAssociationModel(PlannerShell shell)
    {
        ArgumentNullException.ThrowIfNull(shell);
        _shell = shell;
        var current = shell.Backend.GetAssociation();
        Name = current.Name;
        Population = current.Population.ToString(CultureInfo.InvariantCulture);
    }

    public TuiTexts Texts => _shell.Texts;

    public string Name { get; set; }

    public string Population { get; set; }

    public string Pin { get; set; } = "";

    public string Repeat { get; set; } = "";

    /// <summary>What is wrong with each field after <see cref="Save"/>, by field name.</summary>
    public IReadOnlyDictionary<string, string> Errors => _errors;

    /// <summary>A refusal that is no single field's (from the store), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>Checks every field and, when all are valid, saves the association and signs in as the coordinator.</summary>
    /// <returns>The message to show on the overview ("… was created"), or null when something is wrong.</returns>
    public string? Save()
    {
        _errors.Clear();
        Problem = null;
        if (Name.Trim().Length == 0)
        {
            _errors[NameField] = Texts.ErrorAssociationName;
        }

        var population = ParsePopulation(Population);
        if (population is null)
        {
            _errors[PopulationField] = Texts.ErrorPopulation;
        }

        if (Core.Kiosk.Pin.CheckNew(Pin) is { } rejection)
        {
            _errors[PinField] = rejection.Message(_shell.Current.Language);
        }
        else if (Pin.Trim() != Repeat.Trim())
        {
            _errors[RepeatField] = Texts.PinMismatch;
        }

        if (_errors.Count > 0)
        {
            ForgetPins();
            return null;
        }

        try
        {
            var current = _shell.Backend.GetAssociation();
            var settings = new AssociationSettings(Name.Trim(), current.Currency, current.DefaultVatPercent, current.Language,
                population!.Value, current.SmallTownMode, current.KioskIdleMinutes);
            _shell.Current.SetCoordinatorPin(Pin.Trim());
            _shell.SignIn(Session.Coordinator).UpdateAssociation(settings);
            ForgetPins();
            return Texts.Format(nameof(TuiTexts.AssociationCreated), settings.Name);
        }
        catch (DomainException error)
        {
            Problem = Texts.Message(error);
            ForgetPins();
            return null;
        }
    }

    private void ForgetPins()
    {
        Pin = "";
        Repeat = "";
    }

    private static int? ParsePopulation(string text)
    {
        var digits = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
    }
}
