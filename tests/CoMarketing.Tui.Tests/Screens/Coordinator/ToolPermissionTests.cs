using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

public sealed class ToolPermissionTests
{
    public static TheoryData<string> CoordinatorTools => ["members", "state", "reset", "unlock", "restore", "preview", "import", "backup", "check", "audit", "actions"];

    private static void Use(PlannerService service, string tool, long id)
    {
        switch (tool)
        {
            case "members": service.GetAllMembers(); break;
            case "state": service.GetMemberState(id); break;
            case "reset": service.ResetMemberPin(id, "2580"); break;
            case "unlock": service.UnlockMember(id); break;
            case "restore": service.RestoreBusiness(id); break;
            case "preview": service.PreviewImport("members.csv"); break;
            case "import": service.ImportMembers("members.csv"); break;
            case "backup": service.Backup(null); break;
            case "check": service.CheckDatabase(); break;
            case "audit": service.QueryAudit(new AuditQuery()); break;
            default: service.GetAuditActions(); break;
        }
    }

    [Theory]
    [MemberData(nameof(CoordinatorTools))]
    public void A_Member_Should_Never_Reach_A_Coordinator_Tool(string tool)
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var own = backend.Named("Kahvila Aalto");
        var member = new PlannerService(backend, Session.Member(own.Id), TuiTexts.Finnish);

        // When
        var error = Should.Throw<DomainException>(() => Use(member, tool, own.Id));

        // Then
        error.Message.ShouldBe("Vain koordinaattori voi käyttää tätä työkalua.");
        backend.Writes.ShouldBeEmpty();
        backend.Accounts.Writes.ShouldBeEmpty();
        backend.Backups.ShouldBeEmpty();
    }

    [Fact]
    public void A_Guest_Should_Not_Reach_A_Coordinator_Tool_Either()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var guest = new PlannerService(backend, Session.Guest);

        Should.Throw<DomainException>(() => guest.Backup(null)).Message.ShouldBe("Only the coordinator can use this tool.");
        Should.Throw<DomainException>(() => guest.QueryAudit(new AuditQuery()));
        backend.Backups.ShouldBeEmpty();
    }

    [Fact]
    public void A_Member_Should_Set_And_Remove_Only_Its_Own_Pair_Marks()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var own = backend.Named("Kahvila Aalto");
        var other = backend.Named("Kahvila Kuura");
        var member = new PlannerService(backend, Session.Member(own.Id));

        // When
        member.SetPairMark(own.Id, other.Id, PairPreferenceKind.FineTogether);
        var refused = Should.Throw<DomainException>(() => member.SetPairMark(other.Id, own.Id, PairPreferenceKind.NeverPair));
        var refusedRemove = Should.Throw<DomainException>(() => member.RemovePairMark(other.Id, own.Id));

        // Then
        refused.Message.ShouldBe("You can mark pairs only for your own business.");
        refusedRemove.Message.ShouldBe(refused.Message);
        backend.GetPairPreferences().ShouldContain(new PairPreference(own.Id, other.Id, PairPreferenceKind.FineTogether));
        backend.GetPairPreferences().ShouldNotContain(p => p.From == other.Id && p.To == own.Id);
        backend.Writes.ShouldHaveSingleItem().Actor.ShouldBe(Actor.Member(own.Id));
    }

    [Fact]
    public void The_Coordinator_Should_Set_Anyones_Marks()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var a = backend.Named("Kahvila Aalto");
        var b = backend.Named("Kahvila Kuura");
        var coordinator = new PlannerService(backend, Session.Coordinator);

        coordinator.SetPairMark(b.Id, a.Id, PairPreferenceKind.NeverPair);

        backend.GetPairPreferences().ShouldContain(new PairPreference(b.Id, a.Id, PairPreferenceKind.NeverPair));
        backend.Writes.ShouldHaveSingleItem().ShouldBe(new BackendWrite("SetPairPreference", Actor.Coordinator, b.Id, $"{a.Id}:NeverPair"));
    }

    [Theory]
    [InlineData("1111", "Yhtä numeroa toistava PIN-koodi (kuten 1111) on liian helppo arvata; valitse toinen.")]
    [InlineData("4321", "Peräkkäin nousevat tai laskevat numerot (kuten 1234 tai 4321) ovat liian helppo arvata; valitse toinen PIN-koodi.")]
    public void Sign_Up_Reset_And_Claim_Should_All_Refuse_A_Weak_Pin_In_The_Planner_Language(string pin, string expected)
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var own = backend.Named("Kahvila Aalto");
        var member = new PlannerService(backend, Session.Member(own.Id), TuiTexts.Finnish);
        var coordinator = member.For(Session.Coordinator);
        var guest = member.For(Session.Guest);

        // When / Then
        Should.Throw<DomainException>(() => member.SetMemberPin(own.Id, pin)).Message.ShouldBe(expected);
        Should.Throw<DomainException>(() => coordinator.ResetMemberPin(own.Id, pin)).Message.ShouldBe(expected);
        Should.Throw<DomainException>(() => guest.ClaimCoordinator(pin)).Message.ShouldBe(expected);
        Should.Throw<DomainException>(() => member.ChangeOwnPin("2580", pin)).Message.ShouldBe(expected);
        backend.Accounts.Writes.ShouldBeEmpty();
        backend.Accounts.Attempts.ShouldBeEmpty();
    }

    [Fact]
    public void The_First_To_Choose_A_Coordinator_Pin_Should_Become_Coordinator_And_Nobody_After()
    {
        // Given: the demo, loaded by a guest, has no coordinator PIN
        var backend = InMemoryPlannerBackend.Demo();
        var guest = new PlannerService(backend, Session.Guest);

        // When
        var coordinator = guest.ClaimCoordinator("2580");
        var second = Should.Throw<DomainException>(() => guest.ClaimCoordinator("3691"));

        // Then
        coordinator.Session.IsCoordinator.ShouldBeTrue();
        backend.Accounts.Writes.ShouldHaveSingleItem().ShouldBe(new BackendWrite("SetCoordinatorPin", Actor.Guest));
        backend.Kiosk.SignInCoordinator("2580").Succeeded.ShouldBeTrue();
        second.Message.ShouldBe("The association already has a coordinator; sign in with the coordinator's PIN.");
    }
}
