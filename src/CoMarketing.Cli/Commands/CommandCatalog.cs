using System.CommandLine;

namespace CoMarketing.Cli.Commands;

/// <summary>Every subcommand of <c>comarketing</c>, one line each; each command lives in its own file.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<Command> Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        return
        [
            BusinessesCommand.Create(globals, environment),
            BackupCommand.Create(globals, environment),
            RestoreCommand.Create(globals, environment),
            CheckCommand.Create(globals, environment),
            DemoCommand.Create(globals, environment),
            ImportCommand.Create(globals, environment),
            SplitCommand.Create(globals, environment),
            CalendarCommand.Create(globals, environment, Campaigns.CampaignCalendarSource.For(environment)),
            MatchCommand.Create(globals, environment),
            GroupCommand.Create(globals, environment),
            PinCommand.Create(globals, environment),
            CampaignCommand.Create(globals, environment),
            ExportCommand.Create(globals, environment),
            SettingsCommand.Create(globals, environment),
            ChannelsCommand.Create(globals, environment),
            ReportCommand.Create(globals, environment),
            DbCommand.Create(globals, environment),
        ];
    }
}
