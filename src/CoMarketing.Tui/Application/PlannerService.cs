using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Application;

/// <summary>
/// The application layer between screens and the backend: every change goes through here and is checked against
/// the <see cref="Session"/>, whatever the screen shows. A member changes only its own business, the coordinator
/// everything, a guest nothing but registering a new business.
/// </summary>
public sealed partial class PlannerService
{
    /// <param name="backend">The store, matching and reference data.</param>
    /// <param name="session">Who is acting.</param>
    /// <param name="texts">The language of refusal messages (English when not given).</param>
    public PlannerService(IPlannerBackend backend, Session session, TuiTexts? texts = null)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(session);
        Backend = backend;
        Session = session;
        Texts = texts ?? TuiTexts.English;
    }

    public IPlannerBackend Backend { get; }

    public Session Session { get; }

    /// <summary>The language refusals are written in.</summary>
    public TuiTexts Texts { get; }

    /// <summary>The same backend for another user (after sign-in or sign-out).</summary>
    public PlannerService For(Session session) => new(Backend, session, Texts);

    /// <summary>A business as this session may see it: contact details and notes removed unless it may see them.</summary>
    public Business? GetBusiness(long id)
    {
        var business = Backend.GetBusiness(id);
        return business is null ? null : Visible(business);
    }

    /// <summary>Every active member as this session may see it.</summary>
    public IReadOnlyList<Business> GetBusinesses() => [.. Backend.GetBusinesses().Select(Visible)];

    /// <summary>Registers a new business: anyone at the kiosk may (a member registering itself, or the coordinator).</summary>
    public Business RegisterBusiness(Business business)
    {
        ArgumentNullException.ThrowIfNull(business);
        if (business.Id != 0)
        {
            throw new DomainException("A new business cannot carry an id; it gets one when saved.");
        }

        return Backend.AddBusiness(business, Session.Actor);
    }

    /// <summary>Saves changes to an existing business; refused unless this session may edit it.</summary>
    public void UpdateBusiness(Business business)
    {
        ArgumentNullException.ThrowIfNull(business);
        Demand(Session.CanEdit(business.Id), Texts.Get("PermOwnBusinessOnly"));
        var stored = Backend.GetBusiness(business.Id) ?? throw new DomainException(Texts.Format("PermBusinessGone", business.Id));
        DemandSameVersion(business.Id, business.Version, stored.Version, stored.Name);
        if (!Session.CanSeePrivate(business.Id))
        {
            business = WithPrivate(business, stored.Contact, stored.Notes);
        }

        var update = business;
        Refusable(() => Backend.UpdateBusiness(update, Session.Actor), stored.Name);
    }

    /// <summary>
    /// True when <paramref name="refusal"/> says that someone else saved the record since it was opened (the screen may
    /// offer to reload theirs or keep its own changes), rather than that the change itself is not allowed.
    /// </summary>
    public static bool IsSavedElsewhere(Exception refusal) => refusal?.InnerException is SavedElsewhereException;

    /// <summary>
    /// Refuses a save based on <paramref name="opened"/> when the store holds another version (someone else saved
    /// since); the store checks again inside its write, so a save in between is refused there. Version 0 (a record
    /// not read from a store) is not checked here.
    /// </summary>
    private void DemandSameVersion(long id, long opened, long stored, string name)
    {
        if (opened != 0 && opened != stored)
        {
            throw new DomainException(Texts.Format("SavedElsewhere", name), new SavedElsewhereException(id, opened, stored));
        }
    }

    /// <summary>A save the store refused because someone saved the record in between: the refusal in this language.</summary>
    private void Refusable(Action save, string name)
    {
        try
        {
            save();
        }
        catch (DomainException refusal) when (IsSavedElsewhere(refusal))
        {
            throw new DomainException(Texts.Format("SavedElsewhere", name), refusal.InnerException!);
        }
    }

    public void ArchiveBusiness(long id)
    {
        Demand(Session.IsCoordinator, Texts.Get("PermArchive"));
        Backend.ArchiveBusiness(id, Session.Actor);
    }

    public void UpdateAssociation(AssociationSettings settings)
    {
        Demand(Session.IsCoordinator, Texts.Get("PermSettings"));
        Backend.UpdateAssociation(settings, Session.Actor);
    }

    /// <summary>Loads the demo: allowed on an empty database (first start), otherwise for the coordinator only.</summary>
    public void LoadDemo()
    {
        Demand(Backend.IsEmpty() || Session.IsCoordinator, Texts.Get("PermDemo"));
        Backend.LoadDemo(Session.Actor);
    }

    public void SetMemberPin(long businessId, string pin)
    {
        Demand(Session.CanEdit(businessId), Texts.Get("PermOwnPin"));
        DemandStrongPin(pin);
        Backend.Kiosk.SetMemberPin(businessId, pin, Session.Actor);
    }

    /// <summary>The coordinator PIN: set by the coordinator, or by anyone while none is set (first start).</summary>
    public void SetCoordinatorPin(string pin)
    {
        Demand(Session.IsCoordinator || !Backend.Kiosk.CoordinatorHasPin(), Texts.Get("PermCoordinatorPin"));
        DemandStrongPin(pin);
        Backend.Kiosk.SetCoordinatorPin(pin, Session.Actor);
    }

    private Business Visible(Business business)
        => Session.CanSeePrivate(business.Id) ? business : WithPrivate(business, ContactInfo.None, null);

    private static Business WithPrivate(Business b, ContactInfo contact, string? notes)
        => new(b.Id, b.Name, b.BusinessId, b.Industry, b.Offerings, b.Municipality, b.Catchment, b.CustomerType, contact, notes, b.Archived, b.Audience, b.Channels)
        {
            Version = b.Version,
        };

    private static void Demand(bool allowed, string message)
    {
        if (!allowed)
        {
            throw new DomainException(message);
        }
    }
}
