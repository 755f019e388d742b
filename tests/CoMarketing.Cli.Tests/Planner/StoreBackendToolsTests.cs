using CoMarketing.Cli.Planner;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;
using CoMarketing.Tui.Application;

namespace CoMarketing.Cli.Tests.Planner;

public sealed class StoreBackendToolsTests : IDisposable
{
    private readonly KioskFixture _kiosk = new();
    private readonly StoreBackend _backend;
    private readonly StoreKioskAccounts _accounts;

    public StoreBackendToolsTests()
    {
        _backend = new StoreBackend(_kiosk.Store, _kiosk.Clock);
        _accounts = new StoreKioskAccounts(_kiosk.Store, _kiosk.Clock, new PinHasher(PinHasher.MinimumIterations), SignInThrottleOptions.Default);
    }

    public void Dispose() => _kiosk.Dispose();

    [Fact]
    public void An_Archived_Member_Should_Be_Restored_In_One_Audited_Write()
    {
        _backend.ArchiveBusiness(_kiosk.Cafe, Actor.Coordinator);

        _backend.RestoreBusiness(_kiosk.Cafe, Actor.Coordinator);

        _backend.GetBusinesses().ShouldContain(b => b.Id == _kiosk.Cafe);
        _kiosk.Store.Audit.Recent(1).ShouldHaveSingleItem().Action.ShouldBe("business.update");
        Should.Throw<DomainException>(() => _backend.RestoreBusiness(_kiosk.Cafe, Actor.Coordinator)).Message.ShouldBe("'Kahvila Äänekäs' is not archived.");
    }

    [Fact]
    public void Unlock_Should_Lift_The_Lock_And_Keep_The_Pin()
    {
        // Given: five wrong PINs lock the account
        _accounts.SetMemberPin(_kiosk.Cafe, "4711", Actor.Coordinator);
        for (var i = 0; i < 5; i++)
        {
            _accounts.SignInMember(_kiosk.Cafe, "9999");
            _kiosk.Clock.Advance(TimeSpan.FromSeconds(10));
        }

        var locked = _accounts.GetMemberState(_kiosk.Cafe);

        // When
        _accounts.UnlockMember(_kiosk.Cafe, Actor.Coordinator);

        // Then
        locked.IsLocked(_kiosk.Clock.GetUtcNow()).ShouldBeTrue();
        _accounts.GetMemberState(_kiosk.Cafe).ShouldBe(new KioskAccountState(true, 0, null));
        _kiosk.Store.Audit.Recent(1).ShouldHaveSingleItem().Actor.ShouldBe(Actor.Coordinator);
        _accounts.SignInMember(_kiosk.Cafe, "4711").Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void A_Member_Should_Change_Its_Pin_Only_With_The_Right_Old_One_In_One_Audited_Write()
    {
        _accounts.SetMemberPin(_kiosk.Cafe, "4711", Actor.Coordinator);
        var before = _kiosk.Store.Audit.Count();

        var wrong = _accounts.ChangeMemberPin(_kiosk.Cafe, "9999", "3691");
        _kiosk.Clock.Advance(TimeSpan.FromSeconds(10));
        var right = _accounts.ChangeMemberPin(_kiosk.Cafe, "4711", "3691");

        wrong.Outcome.ShouldBe(SignInOutcome.WrongPin);
        right.Succeeded.ShouldBeTrue();
        _kiosk.Store.Audit.Recent(2).Select(e => (e.Action, e.Actor)).ShouldBe([("kiosk.pin.set", Actor.Member(_kiosk.Cafe)), ("kiosk.signin.failed", Actor.Member(_kiosk.Cafe))]);
        (_kiosk.Store.Audit.Count() - before).ShouldBe(2);
        _accounts.SignInMember(_kiosk.Cafe, "3691").Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData("1111")]
    [InlineData("123456")]
    public void Every_Way_Of_Choosing_A_Pin_Should_Refuse_A_Weak_One(string pin)
    {
        Should.Throw<DomainException>(() => _accounts.SetMemberPin(_kiosk.Cafe, pin, Actor.Coordinator));
        Should.Throw<DomainException>(() => _accounts.SetCoordinatorPin(pin, Actor.Guest));
        _accounts.MemberHasPin(_kiosk.Cafe).ShouldBeFalse();
        _accounts.CoordinatorHasPin().ShouldBeFalse();
    }

    [Fact]
    public void The_Audit_Query_Should_Filter_By_Who_Action_And_Time()
    {
        // Given: the fixture's add (coordinator), then a mark by the member an hour later
        var cafe = _backend.GetBusiness(_kiosk.Cafe)!;
        var other = _backend.AddBusiness(
            new Business(0, "Kahvila Toinen", null, cafe.Industry, [], cafe.Municipality, null, cafe.CustomerType, ContactInfo.None, null, false, cafe.Audience, []),
            Actor.Coordinator);
        _kiosk.Clock.Advance(TimeSpan.FromHours(1));
        _backend.SetPairPreference(new PairPreference(_kiosk.Cafe, other.Id, PairPreferenceKind.FineTogether), Actor.Member(_kiosk.Cafe));

        // When
        var byMember = _backend.QueryAudit(new AuditQuery(who: Actor.Member(_kiosk.Cafe)));
        var adds = _backend.QueryAudit(new AuditQuery(action: "business.add", limit: 1));
        var lastHalfHour = _backend.QueryAudit(new AuditQuery(from: _kiosk.Clock.GetUtcNow().AddMinutes(-30)));

        // Then
        byMember.Entries.ShouldHaveSingleItem().Action.ShouldBe("pair.set");
        adds.Total.ShouldBe(2);
        adds.Entries.ShouldHaveSingleItem().Details.ShouldContain("Kahvila Toinen");
        lastHalfHour.Entries.Select(e => e.Action).ShouldBe(["pair.set"]);
        _backend.GetAuditActions().ShouldBe(["business.add", "pair.set"]);
    }

    [Fact]
    public void Backup_Should_Write_A_Copy_That_Checks_Sound_And_Never_Overwrite()
    {
        var target = Path.Combine(Path.GetDirectoryName(_kiosk.Store.Path)!, "copy.db");

        var path = _backend.Backup(target);

        path.ShouldBe(target);
        _backend.CheckBackup(path).ShouldBeEmpty();
        _backend.Check().ShouldBeEmpty();
        Should.Throw<DomainException>(() => _backend.Backup(target));
        _backend.CheckBackup(target + ".missing").ShouldHaveSingleItem().ShouldContain("no backup file");
    }
}
