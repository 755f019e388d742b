using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Overview;
using CoMarketing.Tui.Screens.Register;
using CoMarketing.Tui.Widgets;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Welcome;

/// <summary>
/// First start on an empty database: the association's name and its area's population, then the coordinator's PIN
/// (typed twice). Saved only when all is valid; the person is then signed in as the coordinator.
/// </summary>
public sealed record CreateAssociationScreen : IScreen
{
    private const string NameField = "name";
    private const string PopulationField = "population";

    private CreateAssociationScreen(PlannerShell shell, Form details)
    {
        Shell = shell;
        Details = details;
    }

    public PlannerShell Shell { get; }

    public Form Details { get; private init; }

    /// <summary>Null while the details are typed; the coordinator PIN once they are valid.</summary>
    public PinPair? Pins { get; private init; }

    public string? Problem { get; private init; }

    public static CreateAssociationScreen Create(PlannerShell shell)
    {
        ArgumentNullException.ThrowIfNull(shell);
        var texts = shell.Texts;
        var current = shell.Backend.GetAssociation();
        var details = new Form(
        [
            new FormField(NameField, texts.FieldAssociationName, new TextField(current.Name, 100), text =>
                text.Trim().Length == 0 ? texts.ErrorAssociationName : null),
            new FormField(PopulationField, texts.FieldPopulation, new TextField(current.Population.ToString(CultureInfo.InvariantCulture), 9), text =>
                ParsePopulation(text) is null ? texts.ErrorPopulation : null),
        ]);
        return new CreateAssociationScreen(shell, details);
    }

    public string GetTitle(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Texts.CreateAssociationTitle;
    }

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        return
        [
            new KeyBinding("Tab", texts.KeyNextField),
            new KeyBinding("Enter", Pins is null ? texts.KeyNext : texts.KeySave),
            new KeyBinding("Esc", texts.KeyBack),
        ];
    }

    public ScreenResult Handle(KeyPress key, ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Pins is null)
        {
            if (!Details.TryHandle(key, out var form))
            {
                return ScreenResult.Unhandled(this);
            }

            return ScreenResult.Stay(form.Submitted ? this with { Details = form, Pins = new PinPair() } : this with { Details = form });
        }

        if (key.Is(Key.Escape))
        {
            return ScreenResult.Stay(this with { Pins = null, Problem = null });
        }

        if (key.Is(Key.Enter))
        {
            return Pins.Focus == 0 ? ScreenResult.Stay(this with { Pins = Pins with { Focus = 1 } }) : Save(context.Texts);
        }

        return Pins.TryHandle(key, out var pins) ? ScreenResult.Stay(this with { Pins = pins }) : ScreenResult.Unhandled(this);
    }

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var rows = new List<IRenderable> { FormView.Render(Details, context.Width, context.Unicode), Text.Empty };
        if (Pins is { } pins)
        {
            rows.Add(new Text(TextFit.Fit(texts.PinChoose, context.Width), Styles.Dim));
            rows.Add(PinLine(texts.PinPrompt, pins.First, pins.Focus == 0, context.Unicode));
            rows.Add(PinLine(texts.PinRepeat, pins.Second, pins.Focus == 1, context.Unicode));
        }

        if (Problem is not null)
        {
            rows.Add(Text.Empty);
            rows.Add(new Text(TextFit.Fit(Problem, context.Width), Styles.Error));
        }

        return new Rows(rows);
    }

    private ScreenResult Save(TuiTexts texts)
    {
        var pins = Pins!;
        if (!pins.IsWellFormed || !pins.Matches)
        {
            return ScreenResult.Stay(this with { Problem = pins.IsWellFormed ? texts.PinMismatch : texts.PinFormat, Pins = new PinPair() });
        }

        try
        {
            var current = Shell.Backend.GetAssociation();
            var settings = new AssociationSettings(Details[NameField], current.Currency, current.DefaultVatPercent, current.Language,
                ParsePopulation(Details[PopulationField])!.Value, current.SmallTownMode, current.KioskIdleMinutes);
            Shell.Current.SetCoordinatorPin(pins.First);
            Shell.SignIn(Session.Coordinator).UpdateAssociation(settings);
            return ScreenResult.With(this,
                ScreenCommand.ResetTo(OverviewScreen.Create(Shell)),
                ScreenCommand.Message(texts.Format(nameof(TuiTexts.AssociationCreated), settings.Name), MessageKind.Success));
        }
        catch (DomainException error)
        {
            return ScreenResult.Stay(this with { Problem = error.Message });
        }
    }

    private static int? ParsePopulation(string text)
    {
        var digits = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
    }

    private static Paragraph PinLine(string label, string digits, bool focused, bool unicode)
    {
        var line = new Paragraph()
            .Append(focused ? Styles.Marker(unicode) + " " : "  ", Styles.Header)
            .Append(TextFit.Pad(label, 16), focused ? Styles.Header : Style.Plain)
            .Append(new string(unicode ? '•' : '*', digits.Length));
        return focused ? line.Append(" ", Styles.Selected) : line;
    }
}
