namespace CoMarketing.Core.Common;

/// <summary>
/// A user-facing failure: the message says what is wrong in words a person can act on
/// ("VAT rate must be between 0 and 100, got 255"). Never carries a stack trace to the user.
/// </summary>
public sealed class DomainException : Exception
{
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
}
