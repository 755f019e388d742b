using System.CommandLine;

namespace CoMarketing.Cli;

/// <summary>Options accepted by every command, anywhere on the line.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = "Database file (default: $XDG_DATA_HOME/comarketing/comarketing.db, or COMARKETING_DB)",
        Recursive = true,
    };

    public Option<string?> Language { get; } = new("--lang")
    {
        Description = "Language of the planner: fi or en",
        Recursive = true,
    };
}
