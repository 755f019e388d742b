using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Settlement;

/// <summary>A party's balance: what it paid minus what it owes. Positive: it is owed money; negative: it owes.</summary>
public sealed record PartyBalance(string Id, Money Balance);
