using System.CommandLine;
using CoMarketing.Core.Association;
using CoMarketing.Core.Common;

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

    /// <summary>The language of a command that opens no database: <c>--lang</c> when given, else English.</summary>
    public static Func<Language> Without(ParseResult parseResult, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        ArgumentNullException.ThrowIfNull(globals);
        return () => Resolve(parseResult.GetValue(globals.Language), Language.English);
    }
}
