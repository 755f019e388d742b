using System.CommandLine;
using CoMarketing.Core.Association;
using CoMarketing.Core.Common;
using CoMarketing.Storage;

namespace CoMarketing.Cli.Commands;

/// <summary>The language of a command's output: <c>--lang</c> when given, else the association's.</summary>
public static class Languages
{
    public static Language Resolve(string? option, Language association) => option?.Trim().ToLowerInvariant() switch
    {
        null or "" => association,
        "fi" => Language.Finnish,
        "en" => Language.English,
        var other => throw new DomainException($"Unknown language '{other}'; use --lang fi or --lang en."),
    };

    /// <summary>
    /// The language of a command on <paramref name="store"/>, chosen as the planner chooses its own: <c>--lang</c>;
    /// else the association's once it has members or campaigns; else the locale (see <see cref="Locale"/>).
    /// </summary>
    public static Language Resolve(string? option, IStore store, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(store);
        var used = store.Businesses.Count(includeArchived: true) > 0 || store.Campaigns.Count() > 0;
        return Resolve(option, used ? store.Association.Get().Language : Locale(environment));
    }

    /// <summary>Finnish when <c>LC_ALL</c>, else <c>LC_MESSAGES</c>, else <c>LANG</c> names a Finnish locale (<c>fi_FI.UTF-8</c>); English otherwise.</summary>
    public static Language Locale(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var locale = environment.GetVariable("LC_ALL") is { Length: > 0 } all ? all
            : environment.GetVariable("LC_MESSAGES") is { Length: > 0 } messages ? messages
            : environment.GetVariable("LANG");
        return locale is not null && locale.StartsWith("fi", StringComparison.OrdinalIgnoreCase) ? Language.Finnish : Language.English;
    }

    /// <summary>The language of a command that opens no database: <c>--lang</c> when given, else English.</summary>
    public static Func<Language> Without(ParseResult parseResult, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(globals);
        return () => Resolve(parseResult.GetValue(globals.Language), Language.English);
    }
}
