using Terminal.Gui.Time;

namespace CoMarketing.Tui.Tests.Shell;

/// <summary>The planner's clock read from Terminal.Gui's virtual time, so one <c>Advance</c> moves both.</summary>
internal sealed class VirtualClock(VirtualTimeProvider time) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(time.Now, DateTimeKind.Utc));
}
