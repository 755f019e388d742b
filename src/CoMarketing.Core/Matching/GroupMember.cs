using CoMarketing.Core.Businesses;

namespace CoMarketing.Core.Matching;

/// <summary>A partner in a <see cref="GroupSuggestion"/> with its own reach.</summary>
public sealed record GroupMember(Business Partner, double Reach);
