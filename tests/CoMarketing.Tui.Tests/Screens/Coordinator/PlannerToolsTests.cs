using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

public sealed class PlannerToolsTests
{
    [Fact]
    public void The_Coordinator_Should_Get_Every_Tool_But_The_Members_Own_Pin_And_The_Claim()
    {
        var backend = InMemoryPlannerBackend.Demo();
        backend.Accounts.SetCoordinatorPin("470815", Actor.Guest);

        var keys = PlannerTools.For(new PlannerService(backend, Session.Coordinator)).Select(t => t.Key);

        keys.ShouldBe(["settings", "members", "pairMarks", "import", "backup", "audit"]);
    }

    [Fact]
    public void A_Member_Should_Get_Only_Its_Marks_And_Its_Pin()
    {
        var backend = InMemoryPlannerBackend.Demo();
        backend.Accounts.SetCoordinatorPin("470815", Actor.Guest);

        var keys = PlannerTools.For(new PlannerService(backend, Session.Member(backend.Named("Kahvila Aalto").Id))).Select(t => t.Key);

        keys.ShouldBe(["pairMarks", "changePin"]);
    }

    [Fact]
    public void A_Guest_Should_Be_Offered_The_Claim_Only_While_Nobody_Is_Coordinator()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var guest = new PlannerService(backend, Session.Guest);
        var before = PlannerTools.For(guest).Select(t => t.Key).ToList();

        backend.Accounts.SetCoordinatorPin("470815", Actor.Guest);

        before.ShouldBe(["claimCoordinator"]);
        PlannerTools.For(guest).ShouldBeEmpty();
    }

    [Fact]
    public void Every_Tool_Should_Have_A_Title_In_Finnish_And_English()
    {
        foreach (var tool in PlannerTools.All)
        {
            tool.TitleFi.ShouldNotStartWith("[");
            tool.TitleEn.ShouldNotStartWith("[");
            tool.TitleFi.ShouldNotBe(tool.TitleEn);
        }

        PlannerTools.Get("audit").Title(Language.Finnish).ShouldBe("Muutosloki");
        PlannerTools.Get("audit").Title(Language.English).ShouldBe("Audit log");
    }

    [Fact]
    public void Opening_A_Coordinator_Tool_As_A_Member_Should_Be_Refused_In_Words()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var member = new PlannerService(backend, Session.Member(backend.Named("Kahvila Aalto").Id), TuiTexts.Finnish);
        var context = new ToolContext(member, new HelsinkiClock());

        foreach (var tool in PlannerTools.All.Where(t => t.Audience == ToolAudience.Coordinator))
        {
            Should.Throw<DomainException>(() => tool.Create(context)).Message.ShouldBe("Vain koordinaattori voi käyttää tätä työkalua.");
        }
    }

    [Fact]
    public void Every_Text_Should_Have_A_Finnish_Translation_Of_Its_Own()
    {
        var missing = ToolTexts.Names().Where(name => ToolTexts.Finnish.Own(name) is null).ToList();

        ToolTexts.Names().Count.ShouldBeGreaterThan(100);
        missing.ShouldBeEmpty();
    }
}
