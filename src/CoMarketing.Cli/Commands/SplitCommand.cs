using System.CommandLine;
using CoMarketing.Cli.Commands.Split;
using CoMarketing.Core.Splitting;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing split --input FILE.json [--json]</c>: a stateless cost split, no database. Invalid input exits 1
/// with one line on stderr naming the field, and nothing on stdout.
/// </summary>
public static class SplitCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var input = new Option<string>("--input", "-i") { Description = "The split document (JSON), see README", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of tables" };
        var command = new Command("split", "Split campaign costs and reach from a JSON file, without a database");
        command.Options.Add(input);
        command.Options.Add(json);
        command.SetAction(parseResult => CliApplication.Guard(environment, () =>
        {
            var document = SplitInputReader.ReadFile(parseResult.GetValue(input)!);
            var result = CostSplitter.Split(document.Request);

            // Everything is computed before anything is printed, so a failure leaves stdout empty.
            if (parseResult.GetValue(json))
            {
                environment.Out.WriteLine(SplitJsonWriter.Write(document.Currency, result));
            }
            else
            {
                var text = new StringWriter(environment.Culture);
                SplitTextWriter.Write(text, document.Currency, result, environment.Culture);
                environment.Out.Write(text.ToString());
            }

            return ExitCodes.Success;
        }, Languages.Without(parseResult, globals)));
        return command;
    }
}
