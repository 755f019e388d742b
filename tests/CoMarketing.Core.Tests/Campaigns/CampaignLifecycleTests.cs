using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Tests.Campaigns;

public sealed class CampaignLifecycleTests
{
    private static Campaign Make(CampaignStatus status)
        => new(7, "Joulu", new CampaignGoal(CampaignGoalKind.Sales, 1000), new DateOnly(2027, 12, 1), new DateOnly(2027, 12, 24), status, [1, 2], [], [], []);

    [Theory]
    [InlineData(CampaignStatus.Draft, CampaignStatus.Planned, ActorKind.Coordinator, null, StatusVerdict.Allowed)]
    [InlineData(CampaignStatus.Draft, CampaignStatus.Running, ActorKind.System, null, StatusVerdict.Allowed)]
    [InlineData(CampaignStatus.Running, CampaignStatus.Planned, ActorKind.Coordinator, null, StatusVerdict.Allowed)]
    [InlineData(CampaignStatus.Running, CampaignStatus.Finished, ActorKind.Coordinator, null, StatusVerdict.Allowed)]
    [InlineData(CampaignStatus.Planned, CampaignStatus.Cancelled, ActorKind.Coordinator, null, StatusVerdict.Allowed)]
    [InlineData(CampaignStatus.Draft, CampaignStatus.Planned, ActorKind.Member, null, StatusVerdict.NeedsCoordinator)]
    [InlineData(CampaignStatus.Running, CampaignStatus.Finished, ActorKind.Guest, null, StatusVerdict.NeedsCoordinator)]
    [InlineData(CampaignStatus.Finished, CampaignStatus.Draft, ActorKind.Coordinator, null, StatusVerdict.NeedsReason)]
    [InlineData(CampaignStatus.Finished, CampaignStatus.Running, ActorKind.System, "  ", StatusVerdict.NeedsReason)]
    [InlineData(CampaignStatus.Finished, CampaignStatus.Running, ActorKind.Coordinator, "invoice was wrong", StatusVerdict.Allowed)]
    [InlineData(CampaignStatus.Finished, CampaignStatus.Draft, ActorKind.Member, "please", StatusVerdict.NeedsCoordinator)]
    [InlineData(CampaignStatus.Cancelled, CampaignStatus.Draft, ActorKind.Coordinator, null, StatusVerdict.NeedsReason)]
    [InlineData(CampaignStatus.Planned, CampaignStatus.Planned, ActorKind.Member, null, StatusVerdict.Unchanged)]
    public void Check_Should_Follow_The_Lifecycle_Rules(CampaignStatus from, CampaignStatus to, ActorKind who, string? reason, StatusVerdict expected)
        => CampaignLifecycle.Check(from, to, who, reason).ShouldBe(expected);

    [Fact]
    public void Move_Should_Keep_Everything_But_The_Status()
    {
        // Given
        var campaign = Make(CampaignStatus.Finished);

        // When
        var reopened = CampaignLifecycle.Move(campaign, CampaignStatus.Running, ActorKind.Coordinator, "late invoice");

        // Then
        reopened.Status.ShouldBe(CampaignStatus.Running);
        (reopened.Id, reopened.Name, reopened.Start, reopened.End).ShouldBe((campaign.Id, campaign.Name, campaign.Start, campaign.End));
        reopened.Participants.ShouldBe(campaign.Participants);
    }

    [Fact]
    public void Move_Should_Say_A_Reopening_Needs_A_Reason()
        => Should.Throw<DomainException>(() => CampaignLifecycle.Move(Make(CampaignStatus.Finished), CampaignStatus.Draft, ActorKind.Coordinator, null))
            .Message.ShouldBe("Campaign 'Joulu' is finished; reopening it needs a reason.");

    [Theory]
    [InlineData(CampaignStatus.Finished, true)]
    [InlineData(CampaignStatus.Cancelled, true)]
    [InlineData(CampaignStatus.Running, false)]
    [InlineData(CampaignStatus.Draft, false)]
    public void Finished_And_Cancelled_Campaigns_Should_Have_Their_Costs_Locked(CampaignStatus status, bool locked)
    {
        var edit = () => CampaignLifecycle.EnsureCostsEditable(Make(status));
        if (locked)
        {
            Should.Throw<DomainException>(edit).Message.ShouldContain("costs are locked");
        }
        else
        {
            edit();
        }

        CampaignLifecycle.IsClosed(status).ShouldBe(locked);
    }
}
