using System.Diagnostics.CodeAnalysis;

namespace CoMarketing.Cli;

/// <summary>
/// The plain planner command lines (<c>comarketing [--db PATH] [--lang fi|en] [--kiosk] [--once]</c>), recognised
/// without building the command tree, because that start is the one people wait for.
/// </summary>
/// <remarks>
/// Only unambiguous lines are taken: each option at most once, a <c>--lang</c> of <c>fi</c> or <c>en</c>, a
/// <c>--db</c> value that looks like a file path (holds a <c>/</c> or a <c>.</c>, so it can't be a subcommand's
/// name) and doesn't start with <c>-</c>, <c>@</c> or <c>[</c>. Anything else — help, version, subcommands,
/// <c>--db=x</c> forms, mistakes — goes through System.CommandLine as before, so its answers and errors are unchanged.
/// </remarks>
public sealed record PlannerArguments(string? Database, string? Language, bool Kiosk, bool Once)
{
    public static bool TryParse(IReadOnlyList<string> args, [NotNullWhen(true)] out PlannerArguments? planner)
    {
        ArgumentNullException.ThrowIfNull(args);
        planner = null;
        string? database = null;
        string? language = null;
        bool kiosk = false, once = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--kiosk" when !kiosk:
                    kiosk = true;
                    break;
                case "--once" when !once:
                    once = true;
                    break;
                case "--lang" when language is null && i + 1 < args.Count && IsLanguage(args[i + 1]):
                    language = args[++i];
                    break;
                case "--db" when database is null && i + 1 < args.Count && IsPath(args[i + 1]):
                    database = args[++i];
                    break;
                default:
                    return false;
            }
        }

        planner = new PlannerArguments(database, language, kiosk, once);
        return true;
    }

    private static bool IsLanguage(string value) =>
        value.Equals("fi", StringComparison.OrdinalIgnoreCase) || value.Equals("en", StringComparison.OrdinalIgnoreCase);

    private static bool IsPath(string value) =>
        value.Length > 0 && value[0] is not ('-' or '@' or '[') && value.IndexOfAny(['/', '.']) >= 0;
}
