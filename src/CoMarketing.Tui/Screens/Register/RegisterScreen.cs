using System.Collections.Immutable;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Reference;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Widgets;

namespace CoMarketing.Tui.Screens.Register;

/// <summary>
/// Registering a new business in three steps: details (name, municipality, customers), industry (picked from the
/// reference list by typing part of its name or code), and a PIN typed twice. Nothing is saved before the last step is
/// valid; then the business is added, its PIN set and (at the kiosk) the new member is signed in. Esc goes a step back,
/// and on the first step asks before dropping typed input.
/// </summary>
public sealed partial record RegisterScreen : IScreen
{
    private const string NameField = "name";
    private const string MunicipalityField = "municipality";
    private const string CustomersField = "customers";

    private RegisterScreen(PlannerShell shell, Form details, ListView<IndustryClass> industries)
    {
        Shell = shell;
        Details = details;
        Industries = industries;
    }

    public PlannerShell Shell { get; }

    public RegisterStep Step { get; private init; } = RegisterStep.Details;

    public Form Details { get; private init; }

    /// <summary>The industry list; typing filters it (by code or Finnish or English name).</summary>
    public ListView<IndustryClass> Industries { get; private init; }

    public IndustryClass? Industry { get; private init; }

    public PinPair Pins { get; private init; } = new();

    /// <summary>What stops the current step from going on, shown under it.</summary>
    public string? Problem { get; private init; }

    public ConfirmDialog? Confirm { get; private init; }

    public static RegisterScreen Create(PlannerShell shell)
    {
        ArgumentNullException.ThrowIfNull(shell);
        var texts = shell.Texts;
        var reference = shell.Backend.Reference;
        var names = new Lazy<HashSet<string>>(() =>
            shell.Backend.GetBusinesses().Select(b => b.Name).ToHashSet(StringComparer.OrdinalIgnoreCase));
        var details = new Form(
        [
            new FormField(NameField, texts.FieldName, new TextField("", 100), text =>
                text.Trim().Length == 0 ? texts.ErrorNameRequired
                : names.Value.Contains(text.Trim()) ? texts.Format(nameof(TuiTexts.ErrorNameTaken), text.Trim())
                : null),
            new FormField(MunicipalityField, texts.FieldMunicipality, new TextField("", 60), text =>
                reference.TryResolveMunicipality(text, out _, out _, out var error) ? null : error),
            new FormField(CustomersField, texts.FieldCustomerType, new TextField(texts.CustomerConsumers, 20), text =>
                CustomerTypes.Parse(text) is null ? texts.ErrorCustomerType : null),
        ]);
        var industries = new ListView<IndustryClass>(reference.Industries, i => $"{i.Code.Code} {i.NameFi} {i.NameEn}").StartFiltering();
        return new RegisterScreen(shell, details, industries);
    }

    public string GetTitle(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Texts.RegisterTitle;
    }

    public ScreenResult Handle(KeyPress key, ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Confirm is { } confirm)
        {
            confirm.TryHandle(key, out var answered);
            return answered.Outcome switch
            {
                ConfirmOutcome.Yes => ScreenResult.Pop(this with { Confirm = null }),
                ConfirmOutcome.No => ScreenResult.Stay(this with { Confirm = null }),
                _ => ScreenResult.Stay(this),
            };
        }

        return Step switch
        {
            RegisterStep.Details => HandleDetails(key, context),
            RegisterStep.Industry => HandleIndustry(key, context),
            _ => HandlePin(key, context),
        };
    }

    private ScreenResult HandleDetails(KeyPress key, ScreenContext context)
    {
        if (key.Is(Key.Escape))
        {
            return Details.IsDirty
                ? ScreenResult.Stay(this with { Confirm = new ConfirmDialog(context.Texts.ConfirmDiscard) })
                : ScreenResult.Unhandled(this);
        }

        if (!Details.TryHandle(key, out var form))
        {
            return ScreenResult.Unhandled(this);
        }

        return form.Submitted
            ? ScreenResult.Stay(this with { Details = form, Step = RegisterStep.Industry, Problem = null })
            : ScreenResult.Stay(this with { Details = form });
    }

    private ScreenResult HandleIndustry(KeyPress key, ScreenContext context)
    {
        if (key.Is(Key.Escape))
        {
            return Industries.Filter.Text.Length > 0
                ? ScreenResult.Stay(this with { Industries = Industries.WithFilter("").StartFiltering() })
                : ScreenResult.Stay(this with { Step = RegisterStep.Details, Problem = null });
        }

        if (key.Is(Key.Enter))
        {
            return Industries.SelectedItem is { } chosen
                ? ScreenResult.Stay(this with { Industry = chosen, Step = RegisterStep.Pin, Problem = null })
                : ScreenResult.Stay(this);
        }

        return Industries.TryHandle(key, IndustryRows(context), out var list)
            ? ScreenResult.Stay(this with { Industries = list.IsFiltering ? list : list.StartFiltering() })
            : ScreenResult.Unhandled(this);
    }

    private ScreenResult HandlePin(KeyPress key, ScreenContext context)
    {
        if (key.Is(Key.Escape))
        {
            return ScreenResult.Stay(this with { Step = RegisterStep.Industry, Pins = new PinPair(), Problem = null });
        }

        if (key.Is(Key.Enter))
        {
            return Pins.Focus == 0 ? ScreenResult.Stay(this with { Pins = Pins with { Focus = 1 } }) : Save(context.Texts);
        }

        return Pins.TryHandle(key, out var pins) ? ScreenResult.Stay(this with { Pins = pins }) : ScreenResult.Unhandled(this);
    }

    private ScreenResult Save(TuiTexts texts)
    {
        if (!Pins.IsWellFormed)
        {
            return ScreenResult.Stay(this with { Problem = texts.PinFormat, Pins = new PinPair() });
        }

        if (!Pins.Matches)
        {
            return ScreenResult.Stay(this with { Problem = texts.PinMismatch, Pins = new PinPair() });
        }

        try
        {
            var registered = Shell.Current.RegisterBusiness(NewBusiness());
            var member = Shell.Current.For(Session.Member(registered.Id));
            member.SetMemberPin(registered.Id, Pins.First);
            var service = Shell.Current.Session.IsCoordinator ? Shell.Current : Shell.SignIn(member.Session);
            var message = ScreenCommand.Message(texts.Format(nameof(TuiTexts.Registered), registered.Name), MessageKind.Success);
            var next = PlannerScreens.AfterRegistering(service, registered, texts);
            return next is null
                ? ScreenResult.With(this, ScreenCommand.Home(), message)
                : ScreenResult.With(this, ScreenCommand.Home(), ScreenCommand.Push(next), message);
        }
        catch (DomainException error)
        {
            return ScreenResult.Stay(this with { Problem = error.Message });
        }
    }

    private Business NewBusiness()
    {
        Shell.Backend.Reference.TryResolveMunicipality(Details[MunicipalityField], out var municipality, out _, out _);
        var customers = CustomerTypes.Parse(Details[CustomersField]) ?? CustomerType.Consumers;
        var audience = new Audience(AgeDistribution.Uniform, [], ImmutableSortedSet.Create(municipality), ActiveMonths.AllYear, 0, false);
        return new Business(0, Details[NameField].Trim(), null, Industry!.Code, [], municipality, null, customers,
            ContactInfo.None, null, false, audience, []);
    }

    private static int IndustryRows(ScreenContext context) => Math.Max(context.Height - 4, 1);
}
