using CoMarketing.Core.Audit;

namespace CoMarketing.Tui.Application;

/// <summary>Who is using the planner right now: a guest, a signed-in member (its business) or the coordinator.</summary>
public sealed record Session(Actor Actor)
{
    public static Session Guest { get; } = new(Actor.Guest);

    public static Session Coordinator { get; } = new(Actor.Coordinator);

    public static Session Member(long businessId) => new(Actor.Member(businessId));

    public bool IsCoordinator => Actor.Kind == ActorKind.Coordinator;

    public bool IsGuest => Actor.Kind == ActorKind.Guest;

    /// <summary>The member's own business, or null for a guest or the coordinator.</summary>
    public long? BusinessId => Actor.Kind == ActorKind.Member ? Actor.BusinessId : null;

    /// <summary>The coordinator edits everything; a member only its own business; a guest nothing.</summary>
    public bool CanEdit(long businessId) => IsCoordinator || BusinessId == businessId;

    /// <summary>Contact details and notes: the business itself and the coordinator only.</summary>
    public bool CanSeePrivate(long businessId) => CanEdit(businessId);
}
