using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Tests.Campaigns;

public sealed class CampaignRolesTests
{
    private static readonly DateOnly Start = new(2027, 3, 1);

    private static Campaign Make(IEnumerable<PlanEntry> plan) => new(
        1, "Kevät", new CampaignGoal(CampaignGoalKind.Traffic, 100), Start, Start.AddDays(30), CampaignStatus.Draft, [10, 20], [], plan, []);

    [Fact]
    public void A_Plan_Entry_Should_Belong_To_The_Coordinator_Unless_An_Owner_Is_Given()
    {
        new PlanEntry(Start, ChannelKind.Instagram, "Postaus").Owner.ShouldBeNull();
        Make([new PlanEntry(Start, ChannelKind.Instagram, "Postaus") { Owner = 20 }]).Plan[0].Owner.ShouldBe(20);
    }

    [Fact]
    public void A_Plan_Entry_Owned_By_A_Business_Outside_The_Campaign_Should_Be_Refused()
        => Should.Throw<DomainException>(() => Make([new PlanEntry(Start, ChannelKind.Instagram, "Postaus") { Owner = 99 }]))
            .Message.ShouldBe("The publication on 2027-03-01 is owned by business 99, which is not a participant of 'Kevät'.");

    [Fact]
    public void A_Plan_For_Surprises_Naming_An_Outsider_Should_Be_Refused()
        => Should.Throw<DomainException>(() => Make([]) with { Contingency = new ContingencyPlan(10, 24, 99, "Aino, 040 1") })
            .Message.ShouldBe("The plan for surprises names business 99, which is not a participant of 'Kevät'.");

    [Theory]
    [InlineData(0, "Aino", "within 1 to 168 hours, got 0")]
    [InlineData(169, "Aino", "within 1 to 168 hours, got 169")]
    [InlineData(24, " ", "needs a contact")]
    public void A_Plan_For_Surprises_Should_Need_An_Answer_Time_Of_At_Most_A_Week_And_A_Contact(int hours, string contact, string message)
        => Should.Throw<DomainException>(() => new ContingencyPlan(null, hours, null, contact)).Message.ShouldContain(message);

    [Fact]
    public void A_Campaign_Should_Keep_Its_Plan_For_Surprises()
    {
        var campaign = Make([]) with { Contingency = new ContingencyPlan(null, 4, 20, "  Aino Aalto, 040 123 4567 ") };
        campaign.Contingency!.Contact.ShouldBe("Aino Aalto, 040 123 4567");
        campaign.Contingency.Responder.ShouldBeNull();
        campaign.Contingency.PausedBy.ShouldBe(20);
    }

    [Fact]
    public void WithPlan_Should_Replace_And_Sort_The_Plan_And_Keep_The_Rest()
    {
        // Given
        var campaign = Make([new PlanEntry(Start, ChannelKind.Instagram, "Vanha")]) with { Contingency = new ContingencyPlan(10, 24, null, "Aino, 040 1") };

        // When
        var changed = campaign.WithPlan([new PlanEntry(Start.AddDays(9), ChannelKind.Radio, "Myöhemmin"), new PlanEntry(Start.AddDays(2), ChannelKind.Facebook, "Ensin") { Owner = 20 }]);

        // Then
        changed.Plan.Select(p => p.Description).ShouldBe(["Ensin", "Myöhemmin"]);
        changed.Contingency.ShouldBe(campaign.Contingency);
        changed.Participants.ShouldBe(campaign.Participants);
        campaign.Plan.ShouldHaveSingleItem().Description.ShouldBe("Vanha");
    }

    [Fact]
    public void WithPlan_Should_Refuse_An_Owner_Who_Does_Not_Take_Part()
        => Should.Throw<DomainException>(() => Make([]).WithPlan([new PlanEntry(Start, ChannelKind.Instagram, "Postaus") { Owner = 99 }]))
            .Message.ShouldContain("business 99, which is not a participant");

    [Fact]
    public void WithContingency_Should_Set_Or_Clear_The_Plan_For_Surprises_And_Check_Who_Takes_Part()
    {
        var campaign = Make([new PlanEntry(Start, ChannelKind.Instagram, "Postaus")]);

        var planned = campaign.WithContingency(new ContingencyPlan(20, 8, 10, "Aino, 040 1"));

        planned.Contingency!.ResponseHours.ShouldBe(8);
        planned.Plan.ShouldBe(campaign.Plan);
        planned.WithContingency(null).Contingency.ShouldBeNull();
        Should.Throw<DomainException>(() => campaign.WithContingency(new ContingencyPlan(99, 8, null, "Aino, 040 1")));
    }
}
