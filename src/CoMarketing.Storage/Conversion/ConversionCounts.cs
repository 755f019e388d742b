namespace CoMarketing.Storage.Conversion;

/// <summary>What a conversion carried over, counted in the SQLite file and again in the new one.</summary>
internal sealed record ConversionCounts(long Businesses, long Campaigns, long Pairs, long AuditEntries, long Drafts, long BudgetMonths, long Pins);
