using CoMarketing.Cli.Planner;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage;
using CoMarketing.Tui.Application;

namespace CoMarketing.Cli.Tests.Planner;

/// <summary>Two planners on one association: a save over someone else's newer change is refused in words the screens show.</summary>
public sealed class StoreBackendConflictTests : IDisposable
{
    private readonly KioskFixture _kiosk = new();

    public void Dispose() => _kiosk.Dispose();

    [Fact]
    public void A_Save_Over_Another_Kiosks_Newer_Change_Should_Be_Refused_And_Pass_After_A_Reload()
    {
        // Given: two kiosks, each its own process's store, with the same member open
        var first = new StoreBackend(Store.Open(_kiosk.Store.Path, _kiosk.Clock), _kiosk.Clock);
        var second = new StoreBackend(Store.Open(_kiosk.Store.Path, _kiosk.Clock), _kiosk.Clock);
        var opened = first.GetBusiness(_kiosk.Cafe)!;
        var alsoOpened = second.GetBusiness(_kiosk.Cafe)!;

        // When: the second saves first
        second.UpdateBusiness(alsoOpened, Actor.Coordinator);
        var refused = Should.Throw<DomainException>(() => first.UpdateBusiness(opened, Actor.Member(_kiosk.Cafe)));

        // Then
        refused.Message.ShouldContain("was changed by someone else since you opened it");
        var conflict = refused.InnerException.ShouldBeOfType<SavedElsewhereException>(); // so the screens ask "yours or theirs?"
        conflict.Id.ShouldBe(_kiosk.Cafe);
        conflict.StoredVersion.ShouldBe(conflict.OpenedVersion + 1);
        Should.Throw<DomainException>(() => first.UpdateBusiness(opened, Actor.Member(_kiosk.Cafe))); // still the old version
        var reloaded = first.GetBusiness(_kiosk.Cafe)!;
        first.UpdateBusiness(reloaded, Actor.Member(_kiosk.Cafe));
        _kiosk.Store.Audit.Recent(1).Single().Actor.ShouldBe(Actor.Member(_kiosk.Cafe));
    }
}
