using CoMarketing.Core.Association;

namespace CoMarketing.Core.Common;

/// <summary>
/// A user-facing failure: the message says what is wrong in words a person can act on
/// ("VAT rate must be between 0 and 100, got 255"). Never carries a stack trace to the user.
/// </summary>
/// <remarks>
/// <see cref="Exception.Message"/> is always English (the command line's default, logs, tests). A failure made from a
/// <see cref="DomainProblem"/> can also be said in Finnish through <see cref="In"/>.
/// </remarks>
public sealed class DomainException : Exception
{
    public DomainException(DomainProblem problem)
        : base((problem ?? throw new ArgumentNullException(nameof(problem))).In(Language.English))
    {
        Problem = problem;
    }

    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DomainException()
    {
    }

    /// <summary>What went wrong apart from any language; null for a failure made from a finished sentence.</summary>
    public DomainProblem? Problem { get; }

    /// <summary>The message in words of <paramref name="language"/>; <see cref="Exception.Message"/> when it has no <see cref="Problem"/>.</summary>
    public string In(Language language) => Problem?.In(language) ?? Message;

    /// <summary>Whether the refusal's <see cref="Problem"/> is, or names as a phrase, one of the texts named <paramref name="keys"/>.</summary>
    public bool IsAbout(params string[] keys) => Problem is { } problem && keys.Any(problem.Mentions);

    /// <summary>Refuses with the text named <paramref name="key"/> formatted with <paramref name="arguments"/>.</summary>
    public static DomainException Of(string key, params object?[] arguments) => new(DomainProblem.Of(key, arguments));
}
