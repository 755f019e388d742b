using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Kiosk;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests.Kiosk;

public sealed class DraftTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_Draft_Should_Be_Kept_Per_Owner_And_Form_And_Replaced_On_Save()
    {
        // Given
        var store = _temp.Open();
        var cafe = store.Businesses.Add(Samples.Plain("Kahvila"), Actor.Coordinator);
        var at = _temp.Clock.GetUtcNow();

        // When
        store.Kiosk.SaveDraft(cafe.Id, "business-editor", "{\"name\":\"Kahvila Ää\"}", at);
        store.Kiosk.SaveDraft(cafe.Id, "business-editor", "{\"name\":\"Kahvila Öö\"}", at.AddMinutes(1));
        store.Kiosk.SaveDraft(null, "business-editor", "coordinator's", at);
        store.Kiosk.SaveDraft(cafe.Id, "channel", "other form", at);

        // Then
        var reopened = _temp.Open().Kiosk;
        reopened.LoadDraft(cafe.Id, "business-editor").ShouldBe(new Draft(cafe.Id, "business-editor", "{\"name\":\"Kahvila Öö\"}", at.AddMinutes(1)));
        reopened.LoadDraft(null, "business-editor")!.Content.ShouldBe("coordinator's");
        reopened.LoadDraft(cafe.Id, "channel")!.Content.ShouldBe("other form");
        reopened.LoadDraft(cafe.Id, "unknown").ShouldBeNull();
        RawFile.Read(_temp.Path1, db => db.GetCollection("drafts").Count()).ShouldBe(3);
    }

    [Fact]
    public void Deleting_A_Draft_Should_Leave_The_Others()
    {
        // Given
        var store = _temp.Open();
        var at = _temp.Clock.GetUtcNow();
        store.Kiosk.SaveDraft(null, "a", "1", at);
        store.Kiosk.SaveDraft(null, "b", "2", at);

        // When
        store.Kiosk.DeleteDraft(null, "a");
        store.Kiosk.DeleteDraft(null, "missing");

        // Then
        store.Kiosk.LoadDraft(null, "a").ShouldBeNull();
        store.Kiosk.LoadDraft(null, "b")!.Content.ShouldBe("2");
    }

    [Fact]
    public void A_Draft_For_A_Missing_Business_Should_Be_Refused_In_Words()
    {
        var store = _temp.Open();
        Should.Throw<DomainException>(() => store.Kiosk.SaveDraft(42, "form", "x", _temp.Clock.GetUtcNow()))
            .Message.ShouldBe("Cannot keep a draft for business 42: there is no such business.");
        store.Kiosk.LoadDraft(42, "form").ShouldBeNull();
    }

    [Fact]
    public void Drafts_Should_Not_Be_Audited()
    {
        var store = _temp.Open();
        store.Kiosk.SaveDraft(null, "form", "x", _temp.Clock.GetUtcNow());
        store.Audit.Count().ShouldBe(0);
    }
}
