using CoMarketing.Core.Audit;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Screens.Overview;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Overview;

public sealed class OverviewModelTests
{
    [Fact]
    public void The_Demo_Should_Count_Members_And_Campaigns_By_Status()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var shell = new PlannerShell(backend, backend.Clock, TuiTexts.English, kiosk: true);

        // When
        var model = new OverviewModel(shell);

        // Then
        model.Figures.AssociationName.ShouldBe("Napapiirin Yrittäjät ry");
        model.CountsLine.ShouldBe("Members: 45   Campaigns: 3 (1 draft, 0 planned, 1 running, 1 finished)");
        model.UpcomingHeading.ShouldBe("Coming up in the next 45 days");
        model.UpcomingLines.ShouldNotBeEmpty();
    }

    [Fact]
    public void Finnish_Should_Take_The_Partitive_After_Every_Number_But_One()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var shell = new PlannerShell(backend, backend.Clock, TuiTexts.Finnish, kiosk: true);

        // When
        var model = new OverviewModel(shell);

        // Then
        model.CountsLine.ShouldBe("Jäseniä: 45   Kampanjoita: 3 (1 luonnos, 0 suunniteltua, 1 käynnissä, 1 päättynyt)");
    }

    [Fact]
    public void The_Members_Should_Be_Counted_Without_Reading_Them_And_Grouped_In_Thousands()
    {
        // Given: 45 + 1 200 members
        var backend = InMemoryPlannerBackend.Demo();
        backend.ImportBusinesses([.. Enumerable.Repeat(backend.GetBusinesses()[0], 1_200)], Actor.Coordinator);
        var shell = new PlannerShell(backend, backend.Clock, TuiTexts.Finnish, kiosk: true);
        var reads = backend.BusinessReads;

        // When
        var model = new OverviewModel(shell);

        // Then: "1 245" with the Finnish (no-break) space, and no member was read for it
        model.CountsLine.ShouldStartWith("Jäseniä: 1\u00a0245   ");
        backend.BusinessReads.ShouldBe(reads);
    }

    [Fact]
    public void Coming_Up_Should_Show_A_Guest_No_Campaign_And_A_Member_Only_Its_Own()
    {
        // Given: the demo; a member taking part in some campaigns but not all
        var backend = InMemoryPlannerBackend.Demo();
        var campaigns = backend.GetCampaigns();
        var member = backend.GetBusinesses().First(b => campaigns.Any(c => c.Participants.Contains(b.Id)) && campaigns.Any(c => !c.Participants.Contains(b.Id))).Id;
        var shell = new PlannerShell(backend, backend.Clock, TuiTexts.English, kiosk: true);
        static IReadOnlyList<string> CampaignEntries(PlannerShell shell) =>
            [.. new OverviewModel(shell).Figures.Upcoming.Where(e => e.Kind == Core.Calendar.CalendarEntryKind.Campaign).Select(e => e.Name)];

        // When
        shell.SignIn(Session.Coordinator);
        var coordinator = CampaignEntries(shell);
        shell.SignOut();
        var guest = CampaignEntries(shell);
        shell.SignIn(Session.Member(member));
        var own = CampaignEntries(shell);

        // Then
        var notMine = campaigns.Where(c => !c.Participants.Contains(member)).Select(c => c.Name).ToList();
        coordinator.ShouldContain(name => notMine.Any(other => name.StartsWith(other, StringComparison.Ordinal)), "the demo should have an entry of a campaign the member is not in coming up");
        guest.ShouldBeEmpty();
        own.ShouldNotContain(name => notMine.Any(other => name.StartsWith(other, StringComparison.Ordinal)));
    }

    [Fact]
    public void My_Business_Should_Be_Offered_Only_To_A_Member()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var shell = new PlannerShell(backend, backend.Clock, TuiTexts.English, kiosk: true);
        var guest = new OverviewModel(shell);
        shell.SignIn(Session.Member(backend.Named("Kahvila Aalto").Id));

        // When
        var member = new OverviewModel(shell);

        // Then
        guest.Entries.Select(e => e.Choice).ShouldBe([OverviewChoice.Businesses, OverviewChoice.SignOut]);
        member.Entries.Select(e => e.Choice).ShouldBe([OverviewChoice.Businesses, OverviewChoice.MyBusiness, OverviewChoice.Campaigns, OverviewChoice.SignOut]);
        member.Entries[2].Label.ShouldBe("Campaigns");
        member.Entries[1].Label.ShouldBe("My business");
    }
}
