using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Federation;

/// <summary>Another association of the federation, as it shows itself: its key, its name, what it shares and its coordinator.</summary>
/// <param name="Key">The name the association is opened by (<c>?association=KEY</c>).</param>
/// <param name="Name">The association's own name from its settings.</param>
/// <param name="Sharing">What it shares; never <see cref="FederationSharing.None"/> (those do not appear).</param>
/// <param name="Coordinator">How to reach its coordinator.</param>
public sealed record FederationAssociation(string Key, string Name, FederationSharing Sharing, ContactInfo Coordinator)
{
    public string Key { get; } = string.IsNullOrWhiteSpace(Key) ? throw DomainException.Of("FederationNeedsKey") : Key;

    public string Name { get; } = string.IsNullOrWhiteSpace(Name) ? Key : Name;

    public FederationSharing Sharing { get; } = Sharing != FederationSharing.None
        ? Sharing
        : throw DomainException.Of("FederationSharesNothing", Key);

    public ContactInfo Coordinator { get; } = Coordinator ?? ContactInfo.None;

    /// <summary>The coordinator's contact in one line ("Name, email, phone"), or a dash when none was given.</summary>
    public string CoordinatorLine => string.Join(", ", new[] { Coordinator.Person, Coordinator.Email, Coordinator.Phone }.Where(p => p is not null)) is { Length: > 0 } line ? line : "–";
}
