using System.Collections.Immutable;
using CoMarketing.Core.Common;
using CoMarketing.Core.Settlement;

namespace CoMarketing.Core.Campaigns;

/// <summary>A joint campaign: one goal, dates, status, participants (business ids, in order), costs, plan and results.</summary>
/// <remarks>Participant order matters: it is the order in which odd cents are handed out (DESIGN.md).</remarks>
public sealed record Campaign
{
    public Campaign(
        long id,
        string name,
        CampaignGoal goal,
        DateOnly start,
        DateOnly end,
        CampaignStatus status,
        IEnumerable<long> participants,
        IEnumerable<CostItem> costItems,
        IEnumerable<PlanEntry> plan,
        IEnumerable<CampaignResult> results)
    {
        name = NameText.Normalise(name);
        if (name.Length == 0)
        {
            throw DomainException.Of("CampaignNeedsName");
        }

        Limits.Text(name, Limits.NameLength, DomainProblem.Of("WhatCampaignName"));
        Limits.Date(start, DomainProblem.Of("WhatCampaignStarts", name));
        Limits.Date(end, DomainProblem.Of("WhatCampaignEnds", name));

        if (end < start)
        {
            throw DomainException.Of("CampaignEndsBeforeStart", name, end, start);
        }

        ArgumentNullException.ThrowIfNull(participants);
        var people = participants.ToImmutableArray();
        if (people.Length > Limits.MaxParticipants)
        {
            throw DomainException.Of("CampaignTooManyParticipants", name, people.Length, Limits.MaxParticipants);
        }

        if (people.Distinct().Count() != people.Length)
        {
            throw DomainException.Of("CampaignParticipantTwice", name);
        }

        var items = (costItems ?? []).ToImmutableArray();
        foreach (var item in items)
        {
            var unknown = item.Among.Concat(item.PaidBy is { } p ? [p] : []).FirstOrDefault(id => !people.Contains(id), -1);
            if (unknown != -1)
            {
                throw DomainException.Of("CostItemNotParticipant", item.Description, unknown, name);
            }
        }

        var results1 = (results ?? []).ToImmutableArray();
        if (results1.FirstOrDefault(r => !people.Contains(r.Participant)) is { } stray)
        {
            throw DomainException.Of("ResultNotParticipant", stray.Participant, name);
        }

        if ((plan ?? []).FirstOrDefault(p => p.Owner is { } o && !people.Contains(o)) is { } orphan)
        {
            throw DomainException.Of("PublicationNotParticipant", orphan.Date, orphan.Owner, name);
        }

        Id = id;
        Name = name;
        Goal = goal ?? throw DomainException.Of("CampaignNeedsGoal", name);
        Start = start;
        End = end;
        Status = status;
        Participants = people;
        CostItems = items;
        Plan = [.. (plan ?? []).OrderBy(p => p.Date)];
        Results = results1;
    }

    public long Id { get; }

    /// <summary>The name in its one stored form (<see cref="NameText.Normalise"/>), at most 100 characters.</summary>
    public string Name { get; }

    public CampaignGoal Goal { get; }

    public DateOnly Start { get; }

    public DateOnly End { get; }

    public CampaignStatus Status { get; }

    public ImmutableArray<long> Participants { get; }

    public ImmutableArray<CostItem> CostItems { get; }

    public ImmutableArray<PlanEntry> Plan { get; }

    public ImmutableArray<CampaignResult> Results { get; }

    /// <summary>
    /// The stored version this campaign was read at, carried by every <c>With…</c> copy: a save based on an older version
    /// than the stored one is refused as changed elsewhere, however often the record was read again meanwhile.
    /// 0 for a campaign not read from a store (then the store checks only what it read itself).
    /// </summary>
    public long Version { get; init; }

    /// <summary>The same campaign in another status, keeping everything else (plan for surprises and settlement too).</summary>
    public Campaign WithStatus(CampaignStatus status) => new(Id, Name, Goal, Start, End, status, Participants, CostItems, Plan, Results)
    {
        Contingency = Contingency,
        Settlement = Settlement,
        Version = Version,
    };

    /// <summary>The same campaign with other cost items, keeping everything else; validated like a new campaign.</summary>
    public Campaign WithCostItems(IEnumerable<CostItem> costItems) => new(Id, Name, Goal, Start, End, Status, Participants, costItems, Plan, Results)
    {
        Contingency = Contingency,
        Settlement = Settlement,
        Version = Version,
    };

    /// <summary>The same campaign with other results, keeping everything else; validated like a new campaign.</summary>
    public Campaign WithResults(IEnumerable<CampaignResult> results) => new(Id, Name, Goal, Start, End, Status, Participants, CostItems, Plan, results)
    {
        Contingency = Contingency,
        Settlement = Settlement,
        Version = Version,
    };

    /// <summary>
    /// The same campaign with another publication plan (sorted by date), keeping everything else; validated like a new
    /// campaign, so an entry owned by a business that does not take part is refused.
    /// </summary>
    public Campaign WithPlan(IEnumerable<PlanEntry> plan) => new(Id, Name, Goal, Start, End, Status, Participants, CostItems, plan, Results)
    {
        Contingency = Contingency,
        Settlement = Settlement,
        Version = Version,
    };

    /// <summary>The same campaign with another plan for surprises (<c>null</c> for none); its responder and pauser must take part.</summary>
    public Campaign WithContingency(ContingencyPlan? contingency) => this with { Contingency = contingency };

    /// <summary>The plan for surprises; <c>null</c> until one is made. Its responder and pauser must take part.</summary>
    public ContingencyPlan? Contingency
    {
        get;
        init
        {
            foreach (var who in value is null ? [] : new[] { value.Responder, value.PausedBy })
            {
                if (who is { } id && !Participants.Contains(id))
                {
                    throw DomainException.Of("ContingencyNotParticipant", id, Name);
                }
            }

            field = value;
        }
    }

    /// <summary>
    /// How its balances are settled: via the association (the default) or, when the association paid none of its
    /// items, directly between members.
    /// </summary>
    public SettlementMode Settlement
    {
        get;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw DomainException.Of("UnknownSettlementMode", value);
            }

            if (value == SettlementMode.Direct && CostItems.FirstOrDefault(i => i.PaidBy is null) is { } paid)
            {
                throw DomainException.Of("CampaignDirectSettlement", Name, paid.Description);
            }

            field = value;
        }
    }
}
