using System.CommandLine;
using System.Globalization;
using CoMarketing.Cli.Commands;
using CoMarketing.Cli.Planner;
using CoMarketing.Cli.Tests.Planner;
using CoMarketing.Core.Audit;
using CoMarketing.Tui.Application;

namespace CoMarketing.Cli.Tests.Commands;

public sealed class PinCommandTests : IDisposable
{
    private readonly KioskFixture _kiosk = new();

    public void Dispose() => _kiosk.Dispose();

    [Fact]
    public void I_can_set_a_member_pin_from_standard_input_and_sign_in_with_it()
    {
        // When
        var (code, output, error) = Run("4711\n", "pin", "set", "Äänekäs");

        // Then
        (code, error).ShouldBe((ExitCodes.Success, string.Empty));
        output.ShouldBe($"Set the kiosk PIN of 'Kahvila Äänekäs' (id {_kiosk.Cafe}).\n");
        new StoreKioskAccounts(_kiosk.Store, _kiosk.Clock).SignInMember(_kiosk.Cafe, "4711").Outcome.ShouldBe(SignInOutcome.Success);
        _kiosk.Store.Audit.Recent(2).Select(e => (e.Action, e.Actor)).ShouldBe([("kiosk.signin", Actor.Member(_kiosk.Cafe)), ("kiosk.pin.set", Actor.CommandLine)]);
    }

    [Fact]
    public void I_can_set_the_coordinator_pin_from_standard_input()
    {
        var (code, output, _) = Run("24680\n", "pin", "set-coordinator");
        code.ShouldBe(ExitCodes.Success);
        output.ShouldBe("Set the coordinator's kiosk PIN.\n");
        new StoreKioskAccounts(_kiosk.Store, _kiosk.Clock).CoordinatorHasPin().ShouldBeTrue();
    }

    [Theory]
    [InlineData("", "No PIN on standard input; pipe it in, e.g. echo \"$PIN\" | comarketing pin ...")]
    [InlineData("12\n", "A PIN must be 4–8 digits long; this one has 2.")]
    [InlineData("12ab\n", "A PIN may contain only the digits 0–9.")]
    public void A_missing_or_malformed_pin_exits_1_with_one_line_and_saves_nothing(string stdin, string message)
    {
        var (code, output, error) = Run(stdin, "pin", "set-coordinator");
        (code, output, error).ShouldBe((ExitCodes.InvalidInput, string.Empty, message + "\n"));
        new StoreKioskAccounts(_kiosk.Store, _kiosk.Clock).CoordinatorHasPin().ShouldBeFalse();
    }

    [Fact]
    public void An_unknown_member_exits_1_naming_it()
    {
        var (code, _, error) = Run("4711\n", "pin", "set", "Nobody");
        code.ShouldBe(ExitCodes.InvalidInput);
        error.ShouldStartWith("No business matches 'Nobody'");
    }

    private (int Code, string Out, string Error) Run(string stdin, params string[] args)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var error = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var environment = new CliEnvironment(output, error, _ => null, _kiosk.Clock, CultureInfo.InvariantCulture);
        var globals = new GlobalOptions();
        var root = new RootCommand { Options = { globals.Database } };
        root.Subcommands.Add(PinCommand.Create(globals, environment, () => new StringReader(stdin)));
        var code = root.Parse([.. args, "--db", _kiosk.Store.Path]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
