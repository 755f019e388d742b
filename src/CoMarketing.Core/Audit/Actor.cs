namespace CoMarketing.Core.Audit;

/// <summary>Who is acting: a member (with its business id), the coordinator, a guest, or the command line.</summary>
public sealed record Actor(ActorKind Kind, long? BusinessId = null)
{
    public static Actor Coordinator { get; } = new(ActorKind.Coordinator);

    public static Actor Guest { get; } = new(ActorKind.Guest);

    public static Actor CommandLine { get; } = new(ActorKind.System);

    public static Actor Member(long businessId) => new(ActorKind.Member, businessId);

    public override string ToString() => BusinessId is { } id ? $"{Kind.ToString().ToLowerInvariant()}:{id}" : Kind.ToString().ToLowerInvariant();
}
