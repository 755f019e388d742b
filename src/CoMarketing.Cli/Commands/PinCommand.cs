using System.CommandLine;
using System.Globalization;
using CoMarketing.Cli.Planner;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing pin set-coordinator</c> and <c>comarketing pin set MEMBER</c>: an administrator sets a kiosk PIN
/// (4–8 digits) read from the first line of standard input, so it never appears on the command line or in the
/// shell history. The PIN is stored only as a salted PBKDF2 hash; the change is audited as done by the command line.
/// Setting a PIN also lifts a lock after too many wrong PINs.
/// </summary>
public static class PinCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
        => Create(globals, environment, () => Console.In);

    /// <summary>The command with its standard input supplied (tests pass a reader).</summary>
    public static Command Create(GlobalOptions globals, CliEnvironment environment, Func<TextReader> input)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(input);
        var command = new Command("pin", "Set kiosk PINs (the PIN is read from standard input)");

        var coordinator = new Command("set-coordinator", "Set the coordinator's kiosk PIN, e.g. read -s P; echo \"$P\" | comarketing pin set-coordinator");
        coordinator.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            var pin = ReadPin(input());
            new StoreKioskAccounts(store, environment.Clock).SetCoordinatorPin(pin, Actor.CommandLine);
            environment.Out.WriteLine("Set the coordinator's kiosk PIN.");
            return ExitCodes.Success;
        }));

        var member = new Argument<string>("MEMBER") { Description = "The business: its id, full name or part of it" };
        var set = new Command("set", "Set a member business's kiosk PIN");
        set.Arguments.Add(member);
        set.SetAction(parseResult => StoreFactory.Run(environment, parseResult, globals, store =>
        {
            if (MatchingSupport.Resolve(store, parseResult.GetValue(member)!, environment) is not { } business)
            {
                return ExitCodes.InvalidInput;
            }

            if (business.Archived)
            {
                throw new DomainException($"'{business.Name}' is archived; archived businesses cannot sign in.");
            }

            var pin = ReadPin(input());
            new StoreKioskAccounts(store, environment.Clock).SetMemberPin(business.Id, pin, Actor.CommandLine);
            environment.Out.WriteLine($"Set the kiosk PIN of '{business.Name}' (id {business.Id.ToString(CultureInfo.InvariantCulture)}).");
            return ExitCodes.Success;
        }));

        command.Subcommands.Add(coordinator);
        command.Subcommands.Add(set);
        return command;
    }

    private static string ReadPin(TextReader input)
        => input.ReadLine() ?? throw new DomainException("No PIN on standard input; pipe it in, e.g. echo \"$PIN\" | comarketing pin ...");
}
