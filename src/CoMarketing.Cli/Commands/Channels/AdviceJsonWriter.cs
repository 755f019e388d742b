using System.Text.Json.Nodes;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Channels.Advice;
using CoMarketing.Reports.Exports;

namespace CoMarketing.Cli.Commands.Channels;

/// <summary>
/// The JSON of <c>channels advise --json</c>: camelCase, amounts as strings with two decimals, people as whole numbers,
/// fits and shares as fractions 0–1 with three decimals, reasons and warnings in the chosen language.
/// </summary>
public static class AdviceJsonWriter
{
    public static string Write(AdviceRequest request, ChannelAdvice advice, AdviceWording wording)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(wording);
        var a = advice.Audience;
        var document = new JsonObject
        {
            ["campaign"] = request.Campaign is { } c ? new JsonObject { ["id"] = c.Id, ["name"] = c.Name } : null,
            ["partners"] = JsonNodes.Array(request.Partners, p => new JsonObject { ["id"] = p.Id, ["name"] = p.Name }),
            ["population"] = advice.Population,
            ["budget"] = advice.Budget?.ToInvariantString(),
            ["audience"] = new JsonObject
            {
                ["customersPerMonth"] = a.CustomersPerMonth,
                ["ages"] = JsonNodes.Object(AgeBands.All.Select(b => KeyValuePair.Create(AgeBands.Label(b).Replace('–', '-'), R(a.Ages[b]))), v => v),
                ["localShare"] = R(a.LocalShare),
                ["businessShare"] = R(a.BusinessShare),
                ["niche"] = a.Niche,
            },
            ["ownAccounts"] = JsonNodes.Array(advice.OwnAccounts, o => new JsonObject
            {
                ["partner"] = o.Partner,
                ["partnerName"] = o.PartnerName,
                ["kind"] = ChannelKinds.ShortName(o.Channel.Kind),
                ["name"] = o.Channel.Name,
                ["people"] = o.People,
                ["newPeople"] = o.NewPeople,
                ["fit"] = R(o.Fit.Total),
                ["reason"] = wording.Reason(o),
            }),
            ["mix"] = JsonNodes.Array(advice.Mix, l => new JsonObject
            {
                ["kind"] = ChannelKinds.ShortName(l.Kind),
                ["name"] = l.Own?.Channel.Name ?? l.Paid!.Name,
                ["partner"] = l.Own?.Partner ?? l.Paid!.Partner,
                ["free"] = l.IsFree,
                ["placements"] = l.Placements,
                ["cost"] = l.Cost.ToInvariantString(),
                ["newPeople"] = l.NewPeople,
                ["newTargetPeople"] = l.NewTargetPeople,
                ["reason"] = l.Own is { } own ? wording.Reason(own) : wording.Reason(l.Paid!, a),
            }),
            ["options"] = JsonNodes.Array(advice.Options, o => new JsonObject
            {
                ["kind"] = ChannelKinds.ShortName(o.Kind),
                ["name"] = o.Name,
                ["partner"] = o.Partner,
                ["sponsored"] = o.Sponsored,
                ["people"] = o.People,
                ["cost"] = o.Cost.ToInvariantString(),
                ["costPerThousand"] = o.CostPerThousand.ToInvariantString(),
                ["fit"] = R(o.Fit.Total),
                ["fits"] = o.Fit.Fits,
            }),
            ["fits"] = JsonNodes.Array(advice.Fits, f => new JsonObject { ["kind"] = ChannelKinds.ShortName(f.Kind), ["age"] = R(f.Age), ["total"] = R(f.Total), ["fits"] = f.Fits }),
            ["warnings"] = JsonNodes.Strings(wording.Warnings(advice)),
            ["freeReach"] = advice.FreeReach,
            ["reach"] = advice.Reach,
            ["targetReach"] = advice.TargetReach,
            ["cost"] = advice.Cost.ToInvariantString(),
            ["summary"] = wording.Summary(advice),
        };
        return document.ToJsonString(MatchingSupport.JsonOptions);
    }

    private static double R(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);
}
