using System.Collections.Immutable;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;

namespace CoMarketing.Core.Businesses;

/// <summary>A member business of the association, with its audience and channels.</summary>
/// <remarks>
/// <see cref="Id"/> is the store's key (0 for a business not yet saved). Offerings are lower-case keywords of what
/// it sells; a large overlap of offerings makes two businesses competitors.
/// </remarks>
public sealed record Business
{
    public Business(
        long id,
        string name,
        BusinessId? businessId,
        IndustryCode industry,
        IEnumerable<string> offerings,
        MunicipalityCode municipality,
        Catchment? catchment,
        CustomerType customerType,
        ContactInfo contact,
        string? notes,
        bool archived,
        Audience audience,
        IEnumerable<Channel> channels)
    {
        if (id < 0)
        {
            throw DomainException.Of("BusinessIdNegative", id);
        }

        name = NameText.Normalise(name);
        if (name.Length == 0)
        {
            throw DomainException.Of("BusinessNameRequired");
        }

        if (name.Length > Limits.NameLength)
        {
            throw DomainException.Of("BusinessNameTooLong", Limits.NameLength, name.Length);
        }

        if (notes is { Length: > NotesLength })
        {
            throw DomainException.Of("BusinessNotesTooLong", name, NotesLength, notes.Length);
        }

        if (industry.Code is null)
        {
            throw DomainException.Of("BusinessNeedsIndustry", name);
        }

        if (municipality.Value is null)
        {
            throw DomainException.Of("BusinessNeedsMunicipality", name);
        }

        ArgumentNullException.ThrowIfNull(offerings);
        ArgumentNullException.ThrowIfNull(channels);
        Id = id;
        Name = name;
        BusinessId = businessId;
        Industry = industry;
        Offerings = [.. offerings.Select(o => NameText.Normalise(o).ToLowerInvariant()).Where(o => o.Length > 0)];
        if (Offerings.FirstOrDefault(o => o.Length > Limits.NameLength) is { } longOffering)
        {
            throw DomainException.Of("BusinessOfferingTooLong", name, Limits.NameLength, longOffering.Length);
        }

        Municipality = municipality;
        Catchment = catchment;
        CustomerType = customerType;
        Contact = contact ?? ContactInfo.None;
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        Archived = archived;
        Audience = audience ?? Audience.Empty;
        Channels = [.. channels];
    }

    /// <summary>The longest notes a business may have.</summary>
    public const int NotesLength = 2000;

    public long Id { get; }

    /// <summary>The name in its one stored form (<see cref="NameText.Normalise"/>), at most 100 characters.</summary>
    public string Name { get; }

    public BusinessId? BusinessId { get; }

    public IndustryCode Industry { get; }

    public ImmutableSortedSet<string> Offerings { get; }

    /// <summary>Where the business is located.</summary>
    public MunicipalityCode Municipality { get; }

    public Catchment? Catchment { get; }

    public CustomerType CustomerType { get; }

    public ContactInfo Contact { get; }

    public string? Notes { get; }

    public bool Archived { get; }

    public Audience Audience { get; }

    public ImmutableArray<Channel> Channels { get; }

    /// <summary>A copy with a new store id (after insert).</summary>
    /// <summary>
    /// The stored version this business was read at: a save based on an older version than the stored one is refused
    /// as changed elsewhere, however often the record was read again meanwhile. 0 when not read from a store (then the
    /// store checks only what it read itself). Not part of equality: the same business at two versions is equal.
    /// </summary>
    public long Version { get; init; }

    public Business WithId(long id) => new(id, Name, BusinessId, Industry, Offerings, Municipality, Catchment, CustomerType, Contact, Notes, Archived, Audience, Channels);

    public bool Equals(Business? other) => other is not null && Id == other.Id && Name == other.Name
        && BusinessId == other.BusinessId && Industry == other.Industry && Offerings.SetEquals(other.Offerings)
        && Municipality == other.Municipality && Equals(Catchment, other.Catchment) && CustomerType == other.CustomerType
        && Contact == other.Contact && Notes == other.Notes && Archived == other.Archived && Audience.Equals(other.Audience)
        && Channels.SequenceEqual(other.Channels);

    public override int GetHashCode() => HashCode.Combine(Id, Name, Industry, Municipality);
}
