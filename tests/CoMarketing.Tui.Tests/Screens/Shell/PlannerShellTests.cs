using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Shell;

public sealed class PlannerShellTests
{
    [Fact]
    public void Idle_Time_Should_Be_The_Association_Setting()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();

        // When
        var shell = new PlannerShell(backend, backend.Clock, TuiTexts.English, kiosk: true);

        // Then
        shell.IdleTimeout.ShouldBe(TimeSpan.FromMinutes(3));
    }
}
