using CoMarketing.Cli.Planner;

namespace CoMarketing.Cli.Tests.Planner;

public sealed class StoreDraftStoreTests : IDisposable
{
    private readonly KioskFixture _kiosk = new();

    public void Dispose() => _kiosk.Dispose();

    [Fact]
    public void A_Draft_Should_Come_Back_For_Its_Owner_And_Form_Only_Until_Deleted()
    {
        // Given
        var drafts = new StoreDraftStore(_kiosk.Store, _kiosk.Clock);

        // When
        drafts.Save(_kiosk.Cafe, "editor", "nimi=Kahvila Åkerö");
        drafts.Save(null, "editor", "coordinator");

        // Then
        drafts.Load(_kiosk.Cafe, "editor").ShouldBe("nimi=Kahvila Åkerö");
        drafts.Load(null, "editor").ShouldBe("coordinator");
        drafts.Load(_kiosk.Cafe, "channels").ShouldBeNull();
        _kiosk.Store.Kiosk.LoadDraft(_kiosk.Cafe, "editor")!.SavedAt.ShouldBe(_kiosk.Clock.GetUtcNow());

        // When
        drafts.Delete(_kiosk.Cafe, "editor");

        // Then
        drafts.Load(_kiosk.Cafe, "editor").ShouldBeNull();
        drafts.Load(null, "editor").ShouldBe("coordinator");
    }

    [Fact]
    public void Saving_Again_Should_Replace_The_Draft_And_Its_Time()
    {
        var drafts = new StoreDraftStore(_kiosk.Store, _kiosk.Clock);
        drafts.Save(_kiosk.Cafe, "editor", "first");
        _kiosk.Clock.Advance(TimeSpan.FromMinutes(3));
        drafts.Save(_kiosk.Cafe, "editor", "second");
        drafts.Load(_kiosk.Cafe, "editor").ShouldBe("second");
        _kiosk.Store.Kiosk.LoadDraft(_kiosk.Cafe, "editor")!.SavedAt.ShouldBe(_kiosk.Clock.GetUtcNow());
    }
}
