using CoMarketing.Core.Common;

namespace CoMarketing.Core.Businesses;

/// <summary>
/// A business's contact person, e-mail and phone. Visible only to the business itself and the coordinator.
/// </summary>
public sealed record ContactInfo
{
    private const string PersonKey = "WhatContactPerson";

    private const string EmailKey = "WhatEmail";

    private const string EmailInvalidKey = "EmailInvalid";

    public ContactInfo(string? person, string? email, string? phone)
    {
        Person = Clean(person);
        Email = Clean(email);
        Phone = Clean(phone);
        Limits.Text(Person ?? string.Empty, Limits.NameLength, DomainProblem.Of(PersonKey));
        Limits.Text(Email ?? string.Empty, 254, DomainProblem.Of(EmailKey));
        Limits.Text(Phone ?? string.Empty, 40, DomainProblem.Of("WhatPhone"));
        if (Email is not null && (Email.Count(c => c == '@') != 1 || Email.StartsWith('@') || !Email[(Email.IndexOf('@') + 1)..].Contains('.', StringComparison.Ordinal) || Email.Any(char.IsWhiteSpace)))
        {
            throw DomainException.Of(EmailInvalidKey, email);
        }

        if (Phone is not null && (Phone.Count(char.IsAsciiDigit) < 5 || Phone.Any(c => !(char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')'))))
        {
            throw DomainException.Of("PhoneInvalid", phone);
        }
    }

    public static ContactInfo None { get; } = new(null, null, null);

    /// <summary>Whether <paramref name="error"/> refused the contact person's name (too long).</summary>
    public static bool IsAboutPerson(DomainException error) => error?.IsAbout(PersonKey) is true;

    /// <summary>Whether <paramref name="error"/> refused the e-mail address (too long or not an address).</summary>
    public static bool IsAboutEmail(DomainException error) => error?.IsAbout(EmailKey, EmailInvalidKey) is true;

    public string? Person { get; }

    public string? Email { get; }

    public string? Phone { get; }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
