using System.Collections.Immutable;
using CoMarketing.Core.Association;

namespace CoMarketing.Core.Common;

/// <summary>
/// What a <see cref="DomainException"/> says, kept apart from any one language: the name of a text in
/// <see cref="ProblemTexts"/> and the values to put into it.
/// </summary>
/// <remarks>
/// An argument that is itself a <see cref="DomainProblem"/> is a phrase (a field's name, a status) written in the same
/// language, and a list of them is written comma-separated; <see cref="Finance.Money"/> is written as an amount of that language (<c>1 234,50 €</c> in Finnish);
/// numbers take that language's decimal separator; dates take the format the text names (<c>{0:d.M.yyyy}</c>).
/// </remarks>
public sealed class DomainProblem
{
    private DomainProblem(string key, ImmutableArray<object?> arguments)
    {
        Key = key;
        Arguments = arguments;
    }

    /// <summary>The name of the text in <see cref="ProblemTexts"/>.</summary>
    public string Key { get; }

    /// <summary>The values the text is formatted with, in order.</summary>
    public ImmutableArray<object?> Arguments { get; }

    /// <summary>The problem whose text is named <paramref name="key"/>, formatted with <paramref name="arguments"/>.</summary>
    public static DomainProblem Of(string key, params object?[] arguments)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(arguments);
        return new DomainProblem(key, [.. arguments]);
    }

    /// <summary>
    /// True when there is no <paramref name="problem"/>; otherwise false with <paramref name="error"/> in English, for
    /// the <c>TryParse(text, out value, out string error)</c> methods.
    /// </summary>
    public static bool IsNone(DomainProblem? problem, out string error)
    {
        error = problem?.In(Language.English) ?? string.Empty;
        return problem is null;
    }

    /// <summary>Whether this problem, or a phrase inside it, is the text named <paramref name="key"/>.</summary>
    public bool Mentions(string key)
        => Key == key || Arguments.Any(argument => argument is DomainProblem phrase && phrase.Mentions(key));

    /// <summary>The problem in words of <paramref name="language"/>.</summary>
    public string In(Language language) => ProblemTexts.Format(language, this);

    /// <summary>The problem in English, as <see cref="Exception.Message"/> has it.</summary>
    public override string ToString() => In(Language.English);
}
