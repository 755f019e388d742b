using System.CommandLine;
using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing settings [--name ..] [--population N] [--vat 25.5] [--language fi|en] [--small-town on|off]
/// [--idle-minutes N]</c>: shows the association's settings, or changes the given ones in one audited write.
/// </summary>
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
        var command = new Command("settings", "Show or change the association's settings (name, population, VAT, language, small-town mode, kiosk idle time)");
        foreach (var option in new Option[] { name, population, vat, language, smallTown, idle })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var current = store.Association.Get();
            var changed = Apply(
                current,
                parseResult.GetValue(name),
                parseResult.GetValue(population),
                parseResult.GetValue(vat),
                parseResult.GetValue(language),
                parseResult.GetValue(smallTown),
                parseResult.GetValue(idle));
            if (changed != current)
            {
                store.Association.Update(changed, Actor.CommandLine);
            }

            Write(environment.Out, changed);
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
            idleMinutes ?? current.KioskIdleMinutes);
    }

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
    }
}
