using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Finance;
using LiteDB;
using static CoMarketing.Storage.LiteDb.Mapping.BsonFields;

namespace CoMarketing.Storage.LiteDb.Mapping;

/// <summary>A campaign's <see cref="CampaignResult"/> as a sub-document (revenue in cents).</summary>
internal static class ResultMapper
{
    public static BsonValue Write(CampaignResult r) => new BsonDocument
    {
        ["participant"] = r.Participant,
        ["periodStart"] = Day(r.PeriodStart),
        ["period"] = Name(r.Period),
        ["reached"] = r.Reached,
        ["interested"] = r.Interested,
        ["leads"] = r.Leads,
        ["newCustomers"] = r.NewCustomers,
        ["revenueCents"] = r.Revenue.Cents,
    };

    public static CampaignResult Read(BsonDocument d) => new(
        Int64(d, "participant"),
        ToDate(d, "periodStart"),
        ToEnum<ResultPeriod>(d, "period"),
        Int64(d, "reached"),
        Int64(d, "interested"),
        Int64(d, "leads"),
        Int64(d, "newCustomers"),
        Money.FromCents(Int64(d, "revenueCents")));
}
