using CoMarketing.Core.Association;

namespace CoMarketing.Storage;

/// <summary>
/// What the planner's first frame needs: the association's settings and how many members (not archived) and
/// campaigns it has, read from the indexes without loading a single business.
/// </summary>
public sealed record AssociationSummary(AssociationSettings Settings, int Members, int Campaigns);
