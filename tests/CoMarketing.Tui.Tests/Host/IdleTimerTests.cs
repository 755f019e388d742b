using CoMarketing.Tui.Host;
using CoMarketing.Tui.Tests.Support;

namespace CoMarketing.Tui.Tests.Host;

public sealed class IdleTimerTests
{
    [Fact]
    public void Should_Be_Due_After_The_Timeout_Once_Per_Idle_Period()
    {
        // Given
        var clock = new ManualTimeProvider();
        var timer = new IdleTimer(clock, TimeSpan.FromMinutes(3));

        // When
        clock.Advance(TimeSpan.FromMinutes(2));
        var early = timer.IsDue;
        var remaining = timer.Remaining;
        clock.Advance(TimeSpan.FromMinutes(1));
        var due = timer.IsDue;
        timer.MarkFired();
        clock.Advance(TimeSpan.FromMinutes(10));
        var again = timer.IsDue;

        // Then
        early.ShouldBeFalse();
        remaining.ShouldBe(TimeSpan.FromMinutes(1));
        due.ShouldBeTrue();
        again.ShouldBeFalse();
    }

    [Fact]
    public void A_Key_Should_Start_The_Idle_Period_Again()
    {
        // Given
        var clock = new ManualTimeProvider();
        var timer = new IdleTimer(clock, TimeSpan.FromMinutes(3));
        clock.Advance(TimeSpan.FromMinutes(2));

        // When
        timer.Touch();
        clock.Advance(TimeSpan.FromMinutes(2));

        // Then
        timer.IsDue.ShouldBeFalse();
    }
}
