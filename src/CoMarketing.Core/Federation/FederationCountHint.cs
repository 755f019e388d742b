namespace CoMarketing.Core.Federation;

/// <summary>
/// An association that shares counts only and has members that might suit a business: how many, and through whom to ask.
/// </summary>
/// <param name="Association">The association (its coordinator is the way in).</param>
/// <param name="Members">Its active members of other industries located where the business serves, or selling nationally.</param>
public sealed record FederationCountHint(FederationAssociation Association, int Members);
