using CoMarketing.Cli.Planner;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;
using CoMarketing.Tui.Application;

namespace CoMarketing.Cli.Tests.Planner;

public sealed class StoreKioskAccountsTests : IDisposable
{
    private readonly KioskFixture _kiosk = new();
    private readonly StoreKioskAccounts _accounts;

    public StoreKioskAccountsTests()
        => _accounts = new StoreKioskAccounts(_kiosk.Store, _kiosk.Clock, new PinHasher(PinHasher.MinimumIterations), SignInThrottleOptions.Default);

    private DateTimeOffset Now => _kiosk.Clock.GetUtcNow();

    public void Dispose() => _kiosk.Dispose();

    [Fact]
    public void The_Production_Setup_Should_Hash_With_600000_Iterations_And_Sign_In_With_The_Pin()
    {
        // Given
        var accounts = new StoreKioskAccounts(_kiosk.Store, _kiosk.Clock);
        accounts.MemberHasPin(_kiosk.Cafe).ShouldBeFalse();

        // When
        accounts.SetMemberPin(_kiosk.Cafe, "4711", Actor.Member(_kiosk.Cafe));

        // Then
        accounts.MemberHasPin(_kiosk.Cafe).ShouldBeTrue();
        _kiosk.Store.Kiosk.GetCredentials(Actor.Member(_kiosk.Cafe))!.Pin!.Iterations.ShouldBe(600_000);
        accounts.SignInMember(_kiosk.Cafe, "4711").ShouldBe(new SignInResult(SignInOutcome.Success));
        _kiosk.Store.Audit.Recent(2).Select(e => e.Action).ShouldBe(["kiosk.signin", "kiosk.pin.set"]);
    }

    [Fact]
    public void Without_A_Pin_Sign_In_Should_Say_So()
    {
        _accounts.SignInMember(_kiosk.Cafe, "1234").Outcome.ShouldBe(SignInOutcome.NoPin);
        _accounts.SignInMember(404, "1234").Outcome.ShouldBe(SignInOutcome.NoPin);
        _accounts.SignInCoordinator("1234").Outcome.ShouldBe(SignInOutcome.NoPin);
        _accounts.CoordinatorHasPin().ShouldBeFalse();
    }

    [Fact]
    public void Three_Wrong_Pins_Should_Ask_For_Ever_Longer_Pauses()
    {
        // Given
        _accounts.SetMemberPin(_kiosk.Cafe, "2468", Actor.Coordinator);

        // When: three wrong PINs, each tried as soon as allowed
        var results = new List<SignInResult>();
        for (var i = 0; i < 3; i++)
        {
            var result = _accounts.SignInMember(_kiosk.Cafe, "1357");
            results.Add(result);
            _kiosk.Clock.Advance(result.RetryAt!.Value - Now);
        }

        // Then
        results.Select(r => r.Outcome).ShouldAllBe(o => o == SignInOutcome.WrongPin);
        results.Select(r => r.AttemptsLeft).ShouldBe([4, 3, 2]);
        var start = new DateTimeOffset(2027, 3, 14, 10, 0, 0, TimeSpan.Zero);
        results.Select(r => r.RetryAt).ShouldBe([start.AddSeconds(1), start.AddSeconds(3), start.AddSeconds(7)]);
        _kiosk.Store.Audit.Recent(3).ShouldAllBe(e => e.Action == "kiosk.signin.failed");
    }

    [Fact]
    public void During_A_Pause_Not_Even_The_Right_Pin_Should_Be_Checked()
    {
        // Given
        _accounts.SetMemberPin(_kiosk.Cafe, "2468", Actor.Coordinator);
        var wrong = _accounts.SignInMember(_kiosk.Cafe, "0000");
        var audits = _kiosk.Store.Audit.Count();

        // When
        _kiosk.Clock.Advance(TimeSpan.FromMilliseconds(500));
        var tooSoon = _accounts.SignInMember(_kiosk.Cafe, "2468");
        _kiosk.Clock.Advance(TimeSpan.FromMilliseconds(500));
        var later = _accounts.SignInMember(_kiosk.Cafe, "2468");

        // Then
        tooSoon.ShouldBe(new SignInResult(SignInOutcome.TooSoon, wrong.RetryAt, 4));
        later.Outcome.ShouldBe(SignInOutcome.Success);
        _kiosk.Store.Audit.Count().ShouldBe(audits + 1);
    }

    [Fact]
    public void Five_Wrong_Pins_Should_Lock_The_Account_Even_For_The_Right_Pin_Until_The_Lock_Passes()
    {
        // Given
        _accounts.SetMemberPin(_kiosk.Cafe, "2468", Actor.Coordinator);
        SignInResult last = new(SignInOutcome.WrongPin);
        for (var i = 0; i < 5; i++)
        {
            last = _accounts.SignInMember(_kiosk.Cafe, "9999");
            _kiosk.Clock.Advance(TimeSpan.FromSeconds(8));
        }

        // Then the fifth locks
        last.Outcome.ShouldBe(SignInOutcome.Locked);
        last.AttemptsLeft.ShouldBe(0);
        var lockedUntil = last.RetryAt!.Value;
        (lockedUntil - Now).ShouldBe(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(8));

        // When the right PIN is tried before and after the lock
        var during = _accounts.SignInMember(_kiosk.Cafe, "2468");
        _kiosk.Clock.Advance(lockedUntil - Now);
        var after = _accounts.SignInMember(_kiosk.Cafe, "2468");

        // Then
        during.ShouldBe(new SignInResult(SignInOutcome.Locked, lockedUntil, 0));
        after.Outcome.ShouldBe(SignInOutcome.Success);
        _kiosk.Store.Kiosk.GetCredentials(Actor.Member(_kiosk.Cafe))!.Attempts.ShouldBe(SignInAttempts.None);
    }

    [Fact]
    public void A_Malformed_Pin_At_Sign_In_Should_Count_As_Wrong()
    {
        _accounts.SetCoordinatorPin("24680", Actor.Guest);
        _accounts.SignInCoordinator("12").ShouldBe(new SignInResult(SignInOutcome.WrongPin, Now.AddSeconds(1), 4));
    }

    [Fact]
    public void The_Coordinator_Should_Sign_In_With_Their_Own_Pin_Only()
    {
        // Given
        _accounts.SetCoordinatorPin("24680", Actor.Guest);
        _accounts.SetMemberPin(_kiosk.Cafe, "13579", Actor.Coordinator);

        // When
        var withMemberPin = _accounts.SignInCoordinator("13579");
        _kiosk.Clock.Advance(TimeSpan.FromSeconds(1));
        var withOwnPin = _accounts.SignInCoordinator("24680");

        // Then
        _accounts.CoordinatorHasPin().ShouldBeTrue();
        withMemberPin.Outcome.ShouldBe(SignInOutcome.WrongPin);
        withOwnPin.Outcome.ShouldBe(SignInOutcome.Success);
        _kiosk.Store.Audit.Recent(1).Single().Actor.ShouldBe(Actor.Coordinator);
    }

    [Theory]
    [InlineData("123")]
    [InlineData("12ab")]
    [InlineData("123456789")]
    public void A_Malformed_New_Pin_Should_Be_Refused_And_Nothing_Saved(string pin)
    {
        Should.Throw<DomainException>(() => _accounts.SetMemberPin(_kiosk.Cafe, pin, Actor.Coordinator)).Message.ShouldNotContain(pin);
        _accounts.MemberHasPin(_kiosk.Cafe).ShouldBeFalse();
        _kiosk.Store.Audit.Recent(1).Single().Action.ShouldBe("business.add");
    }
}
