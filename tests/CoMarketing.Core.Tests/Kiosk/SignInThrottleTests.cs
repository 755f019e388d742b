using CoMarketing.Core.Kiosk;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CoMarketing.Core.Tests.Kiosk;

public sealed class SignInThrottleTests
{
    private readonly ManualClock _clock = new();

    private SignInThrottle Throttle => new(SignInThrottleOptions.Default, _clock);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(5, 900)]
    [InlineData(6, 900)]
    public void The_Pause_Should_Double_From_One_Second_And_Become_A_Fifteen_Minute_Lock_At_Five(int failures, int seconds)
        => Throttle.PauseAfter(failures).ShouldBe(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void A_Fresh_Account_Should_Be_Open_With_Five_Attempts()
        => Throttle.Check(SignInAttempts.None).ShouldBe(new SignInCheck(SignInGate.Open, null, 5));

    [Fact]
    public void After_A_Wrong_Pin_The_Account_Should_Pause_Until_The_Pause_Has_Passed()
    {
        // Given
        var throttle = Throttle;
        var after = throttle.AfterFailure(SignInAttempts.None);

        // When / Then
        after.ShouldBe(new SignInAttempts(1, ManualClock.Start, null));
        throttle.Check(after).ShouldBe(new SignInCheck(SignInGate.Paused, ManualClock.Start.AddSeconds(1), 4));
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        throttle.Check(after).Gate.ShouldBe(SignInGate.Paused);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        throttle.Check(after).ShouldBe(new SignInCheck(SignInGate.Open, null, 4));
    }

    [Fact]
    public void Five_Wrong_Pins_In_A_Row_Should_Lock_For_Fifteen_Minutes_And_Then_Start_Afresh()
    {
        // Given four wrong PINs, each after its pause
        var throttle = Throttle;
        var attempts = SignInAttempts.None;
        for (var i = 0; i < 4; i++)
        {
            _clock.Advance(throttle.PauseAfter(attempts.Failures));
            attempts = throttle.AfterFailure(attempts);
        }

        throttle.Check(attempts).AttemptsLeft.ShouldBe(1);

        // When the fifth is wrong
        _clock.Advance(TimeSpan.FromSeconds(8));
        var locked = throttle.AfterFailure(attempts);
        var lockedAt = _clock.GetUtcNow();

        // Then
        locked.LockedUntil.ShouldBe(lockedAt.AddMinutes(15));
        throttle.Check(locked).ShouldBe(new SignInCheck(SignInGate.Locked, lockedAt.AddMinutes(15), 0));
        _clock.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromTicks(1));
        throttle.Check(locked).Gate.ShouldBe(SignInGate.Locked);
        _clock.Advance(TimeSpan.FromTicks(1));
        throttle.Check(locked).ShouldBe(new SignInCheck(SignInGate.Open, null, 5));
        throttle.AfterFailure(locked).Failures.ShouldBe(1);
    }

    [Fact]
    public void Wrong_Pins_Should_Be_Forgotten_After_A_Quiet_Spell()
    {
        var throttle = Throttle;
        var attempts = new SignInAttempts(3, ManualClock.Start, null);
        _clock.Advance(TimeSpan.FromMinutes(15));
        throttle.Check(attempts).ShouldBe(new SignInCheck(SignInGate.Open, null, 5));
        throttle.AfterFailure(attempts).Failures.ShouldBe(1);
    }

    [Property(MaxTest = 200)]
    public Property The_Pause_Should_Never_Shrink_With_More_Wrong_Pins()
    {
        var options = Gen.Choose(0, 60_000).SelectMany(
            first => Gen.Choose(1, 40).SelectMany(
                max => Gen.Choose(0, 3_600_000).Select(extra => new SignInThrottleOptions(
                    TimeSpan.FromMilliseconds(first), max, TimeSpan.FromMilliseconds(first + extra), TimeSpan.FromMinutes(15)))));
        return Prop.ForAll(options.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (o, failures) =>
        {
            var throttle = new SignInThrottle(o, _clock);
            var now = throttle.PauseAfter(failures);
            var next = throttle.PauseAfter(failures + 1);
            return now <= next && next <= o.LockDuration;
        });
    }
}
