using CoMarketing.Core.Association;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;

namespace CoMarketing.Cli.Commands;

/// <summary>Everything <c>db copy</c> must carry over, as one value whose JSON is fingerprinted on both sides.</summary>
internal sealed record DbSnapshot(
    AssociationSettings Settings,
    IReadOnlyList<Business> businesses,
    IReadOnlyList<Campaign> campaigns,
    IReadOnlyList<PairPreference> pairs,
    BudgetPlan? budget);
