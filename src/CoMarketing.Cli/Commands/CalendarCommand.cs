using System.CommandLine;
using CoMarketing.Cli.Commands.Calendar;
using CoMarketing.Core.Calendar;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing calendar YEAR [--json]</c>: Finnish holidays, sales seasons and events of a year, merged with
/// campaign entries when a source of them is given. Works without any database.
/// </summary>
public static class CalendarCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment) => Create(globals, environment, null);

    /// <param name="globals">Global options.</param>
    /// <param name="environment">Output streams and culture.</param>
    /// <param name="campaignSource">Given the <c>--db</c> option's value, the source of campaign entries to merge
    /// in, or <c>null</c> for none (e.g. when there is no database yet).</param>
    public static Command Create(GlobalOptions globals, CliEnvironment environment, Func<string?, ICalendarEntrySource?>? campaignSource)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var year = new Argument<int>("year") { Description = "The year, e.g. 2027" };
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of a table" };
        var command = new Command("calendar", "Holidays, sales seasons, events and campaign entries of a year");
        command.Arguments.Add(year);
        command.Options.Add(json);
        command.SetAction(parseResult => CliApplication.Guard(environment, () =>
        {
            var value = parseResult.GetValue(year);
            var source = campaignSource?.Invoke(parseResult.GetValue(globals.Database));
            var entries = FinnishCalendar.For(value, source?.EntriesFor(value) ?? []);
            if (parseResult.GetValue(json))
            {
                environment.Out.WriteLine(CalendarJsonWriter.Write(entries));
            }
            else
            {
                CalendarTextWriter.Write(environment.Out, value, entries);
            }

            return ExitCodes.Success;
        }, Languages.Without(parseResult, globals)));
        return command;
    }
}
