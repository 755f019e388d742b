using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

public sealed class AuditLogModelTests
{
    private readonly HelsinkiClock _clock = new();
    private readonly InMemoryPlannerBackend _backend;
    private readonly long _cafe;

    public AuditLogModelTests()
    {
        _backend = InMemoryPlannerBackend.Demo(_clock);
        _cafe = _backend.Named("Kahvila Aalto").Id;
        var day = new DateTimeOffset(2027, 2, 27, 21, 30, 0, TimeSpan.Zero); // 23.30 in Helsinki on 27.2.
        _backend.AuditEntries.AddRange([
            new AuditEntry(1, Actor.Coordinator, day, "association.update", "Updated the association settings."),
            new AuditEntry(2, Actor.Member(_cafe), day.AddHours(1), "business.update", "Updated business 'Kahvila Aalto'."),
            new AuditEntry(3, Actor.Member(_cafe), day.AddDays(1), "kiosk.pin.set", "Set the kiosk PIN of Kahvila Aalto."),
            new AuditEntry(4, Actor.Guest, day.AddDays(2), "business.add", "Added business 'Uusi'."),
        ]);
    }

    private AuditLogModel Open(TuiTexts? texts = null) => new(new PlannerService(_backend, Session.Coordinator, texts ?? TuiTexts.Finnish), _clock);

    [Fact]
    public void Without_Filters_Every_Entry_Should_Show_Newest_First_In_Local_Time()
    {
        var model = Open();

        model.Entries.Select(e => e.Id).ShouldBe([4, 3, 2, 1]);
        model.Describe(model.Entries[^1]).ShouldBe("27.2.2027 23.30  koordinaattori  association.update  Updated the association settings.");
        model.Describe(model.Entries[^2]).ShouldStartWith("28.2.2027 0.30  Kahvila Aalto  business.update");
        model.Message.ShouldBe(ToolMessage.Done("Näytetään 4/4 merkintää."));
    }

    [Fact]
    public void Filters_Should_Combine_Member_Action_And_Local_Dates()
    {
        // Given
        var model = Open();
        model.WhoIndex = model.Who.ToList().FindIndex(w => w.Actor == Actor.Member(_cafe));

        // When: 28.2. in Helsinki holds entry 2 (00.30) and entry 3 (next evening, 23.30)
        model.From = "28.2.2027";
        model.To = "2027-02-28";
        model.Apply().ShouldBeTrue();
        var byDate = model.Entries.Select(e => e.Id).ToList();
        model.ActionIndex = model.Actions.ToList().IndexOf("kiosk.pin.set");
        model.Apply();

        // Then
        byDate.ShouldBe([3, 2]);
        model.Entries.ShouldHaveSingleItem().Id.ShouldBe(3);
        model.Actions[0].ShouldBe("mikä tahansa");
    }

    [Theory]
    [InlineData("31.2.2027", "", AuditLogModel.FromField, "Kirjoita päivämäärä muodossa 1.3.2027 tai 2027-03-01.")]
    [InlineData("", "maaliskuu", AuditLogModel.ToField, "Kirjoita päivämäärä muodossa 1.3.2027 tai 2027-03-01.")]
    [InlineData("2.3.2027", "1.3.2027", AuditLogModel.ToField, "Loppupäivä on ennen alkupäivää.")]
    public void A_Bad_Date_Should_Be_Shown_At_Its_Field_And_Keep_The_List(string from, string to, string field, string message)
    {
        var model = Open();
        model.From = from;
        model.To = to;

        model.Apply().ShouldBeFalse();

        model.Errors.ShouldBe(new Dictionary<string, string> { [field] = message });
        model.Entries.Count.ShouldBe(4);
    }

    [Fact]
    public void The_Limit_Should_Keep_The_Newest_And_Say_How_Many_Matched()
    {
        var model = new AuditLogModel(new PlannerService(_backend, Session.Coordinator), _clock, limit: 2);

        model.Entries.Select(e => e.Id).ShouldBe([4, 3]);
        model.Message.ShouldBe(ToolMessage.Done("Showing 2 of 4 entries."));
    }

    [Fact]
    public void A_Member_Should_Not_Read_The_Audit_Log()
        => Should.Throw<DomainException>(() => new AuditLogModel(new PlannerService(_backend, Session.Member(_cafe)), _clock));
}
