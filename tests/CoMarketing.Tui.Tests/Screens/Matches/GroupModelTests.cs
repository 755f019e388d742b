using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Matches;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Matches;

public sealed class GroupModelTests
{
    [Fact]
    public void Plus_And_Minus_Should_Change_The_Size_Within_One_To_Ten()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var model = new GroupModel(new PlannerService(backend, Session.Guest, TuiTexts.Finnish), backend.Named("Kahvila Aalto"));
        var three = model.Suggestion;

        // When
        model.Resize(+1).ShouldBeTrue();
        var four = model.Suggestion;
        model.Resize(-1);
        model.Resize(-1);

        // Then
        three.Members.Count.ShouldBe(3);
        four.Members.Count.ShouldBe(4);
        four.CombinedReach.ShouldBeGreaterThanOrEqualTo(three.CombinedReach);
        model.Size.ShouldBe(2);
        model.Resize(-1).ShouldBeTrue();
        model.Resize(-1).ShouldBeFalse();
        model.Size.ShouldBe(1);
        model.ReachLines[1].ShouldStartWith("Yhteinen tavoittavuus");
        model.ReachLines[2].ShouldStartWith("Hyöty");
    }

    [Theory]
    [InlineData("en", 3, "Best group of 3 partners (3 found), all compatible with each other")]
    [InlineData("en", 1, "Best group of 1 partner (1 found), all compatible with each other")]
    [InlineData("fi", 3, "Paras 3 kumppanin ryhmä (3 löytyi), kaikki sopivat keskenään")]
    public void The_Heading_Should_Count_The_Partners_In_Words(string language, int size, string expected)
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, Session.Guest, TuiTexts.For(language));

        // When
        var model = new GroupModel(service, backend.Named("Kahvila Aalto"), size);

        // Then
        model.Heading.ShouldBe(expected);
        model.NoneText.ShouldBeNull();
    }

    [Theory]
    [InlineData("en", "Best group of 3 partners", "No compatible group found.")]
    [InlineData("fi", "Paras 3 kumppanin ryhmä", "Sopivaa ryhmää ei löytynyt.")]
    public void An_Empty_Group_Should_Never_Say_Zero_Found_And_All_Compatible_Together(string language, string heading, string none)
    {
        // Given: no compatible group
        var backend = InMemoryPlannerBackend.Demo();
        var business = backend.Named("Kahvila Aalto");
        var empty = new Core.Matching.GroupSuggestion(business, [], 1000, 1000);

        // When
        var model = new GroupModel(new PlannerService(backend, Session.Coordinator, TuiTexts.For(language)), business, 3, empty);

        // Then
        model.Heading.ShouldBe(heading);
        model.NoneText.ShouldBe(none);
        model.Heading.ShouldNotContain("(0 ");
        model.CanStartCampaign.ShouldBeFalse();
    }

    [Fact]
    public void A_Campaign_Should_Have_The_Business_First_And_Its_Partners_In_Order()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var cafe = backend.Named("Kahvila Aalto");

        // When
        var member = new GroupModel(new PlannerService(backend, Session.Member(cafe.Id), TuiTexts.English), cafe);
        var guest = new GroupModel(new PlannerService(backend, Session.Guest, TuiTexts.English), cafe);

        // Then
        member.CanStartCampaign.ShouldBeTrue();
        guest.CanStartCampaign.ShouldBeFalse();
        member.CampaignIds.ShouldBe([cafe.Id, .. member.Suggestion.Members.Select(m => m.Partner.Id)]);
    }

    [Theory]
    [InlineData("en", 1, "Gain: 1 person more")]
    [InlineData("en", 46972, "Gain: 46,972 people more")]
    [InlineData("fi", 1, "Hyöty: 1 ihminen enemmän")]
    [InlineData("fi", 46972, "Hyöty: 46 972 ihmistä enemmän")]
    public void The_Gain_Should_Count_People_In_Words(string language, int gain, string expected)
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var business = backend.Named("Kahvila Aalto");
        var member = new Core.Matching.GroupMember(backend.Named("Leipomo Rieska"), 500);
        var suggestion = new Core.Matching.GroupSuggestion(business, [member], 1000, 1000 + gain);

        // When
        var model = new GroupModel(new PlannerService(backend, Session.Guest, TuiTexts.For(language)), business, 1, suggestion);

        // Then
        model.ReachLines[2].Replace('\u00a0', ' ').ShouldBe(expected);
    }
}
