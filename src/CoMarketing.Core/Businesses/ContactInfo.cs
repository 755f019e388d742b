using CoMarketing.Core.Common;

namespace CoMarketing.Core.Businesses;

/// <summary>
/// A business's contact person, e-mail and phone. Visible only to the business itself and the coordinator.
/// </summary>
public sealed record ContactInfo
{
    public ContactInfo(string? person, string? email, string? phone)
    {
        Person = Clean(person);
        Email = Clean(email);
        Phone = Clean(phone);
        Limits.Text(Person ?? string.Empty, Limits.NameLength, DomainProblem.Of("WhatContactPerson"));
        Limits.Text(Email ?? string.Empty, 254, DomainProblem.Of("WhatEmail"));
        Limits.Text(Phone ?? string.Empty, 40, DomainProblem.Of("WhatPhone"));
        if (Email is not null && (Email.Count(c => c == '@') != 1 || Email.StartsWith('@') || !Email[(Email.IndexOf('@') + 1)..].Contains('.', StringComparison.Ordinal) || Email.Any(char.IsWhiteSpace)))
        {
            throw DomainException.Of("EmailInvalid", email);
        }

        if (Phone is not null && (Phone.Count(char.IsAsciiDigit) < 5 || Phone.Any(c => !(char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')'))))
        {
            throw DomainException.Of("PhoneInvalid", phone);
        }
    }

    public static ContactInfo None { get; } = new(null, null, null);

    public string? Person { get; }

    public string? Email { get; }

    public string? Phone { get; }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
