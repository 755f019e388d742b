namespace CoMarketing.Tui.Tests.Screens.Coordinator;

/// <summary>A clock in Finnish time (EET/EEST) that moves only when told, so local dates and times in texts are fixed.</summary>
internal sealed class HelsinkiClock : TimeProvider
{
    private DateTimeOffset _now = new(2027, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
