namespace CoMarketing.Core.Audit;

/// <summary>Who made a change.</summary>
public enum ActorKind
{
    Member = 0,
    Coordinator = 1,
    Guest = 2,

    /// <summary>The command line or an import run by the operator of the machine.</summary>
    System = 3,
}
