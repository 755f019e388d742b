namespace CoMarketing.Storage.Tests.Infrastructure;

/// <summary>A clock that stands still unless moved.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
