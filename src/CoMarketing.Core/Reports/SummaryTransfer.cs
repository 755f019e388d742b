using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Reports;

/// <summary>A payment that settles up, between participant ids or <c>association</c>, with their names.</summary>
public sealed record SummaryTransfer(string From, string FromName, string To, string ToName, Money Amount);
