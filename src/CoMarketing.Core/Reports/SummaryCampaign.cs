namespace CoMarketing.Core.Reports;

/// <summary>The campaign a summary is about.</summary>
/// <param name="Id">Store id.</param>
/// <param name="Name">Campaign name.</param>
/// <param name="Goal">Goal kind in camelCase: awareness, traffic, leads, sales, newCustomers.</param>
/// <param name="Target">The goal's numeric target.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day.</param>
/// <param name="Status">draft, planned, running or finished.</param>
public sealed record SummaryCampaign(long Id, string Name, string Goal, decimal Target, DateOnly Start, DateOnly End, string Status);
