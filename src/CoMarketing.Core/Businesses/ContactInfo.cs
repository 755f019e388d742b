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
        Limits.Text(Person ?? string.Empty, Limits.NameLength, "The contact person's name");
        Limits.Text(Email ?? string.Empty, 254, "An e-mail address");
        Limits.Text(Phone ?? string.Empty, 40, "A phone number");
        if (Email is not null && (Email.Count(c => c == '@') != 1 || Email.StartsWith('@') || !Email[(Email.IndexOf('@') + 1)..].Contains('.', StringComparison.Ordinal) || Email.Any(char.IsWhiteSpace)))
        {
            throw new DomainException($"E-mail '{email}' does not look like an address (name@example.fi).");
        }

        if (Phone is not null && (Phone.Count(char.IsAsciiDigit) < 5 || Phone.Any(c => !(char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '(' or ')'))))
        {
            throw new DomainException($"Phone '{phone}' must be digits, spaces, + - ( ), at least 5 digits.");
        }
    }

    public static ContactInfo None { get; } = new(null, null, null);

    public string? Person { get; }

    public string? Email { get; }

    public string? Phone { get; }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
