using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Tests.Application;

public sealed class PlannerServiceTests
{
    private static Business Renamed(Business b, string name) =>
        new(b.Id, name, b.BusinessId, b.Industry, b.Offerings, b.Municipality, b.Catchment, b.CustomerType, b.Contact, b.Notes, b.Archived, b.Audience, b.Channels);

    [Fact]
    public void Member_Should_Save_Its_Own_Business()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var own = backend.Named("Kahvila Aalto");
        var service = new PlannerService(backend, Session.Member(own.Id));

        // When
        service.UpdateBusiness(Renamed(service.GetBusiness(own.Id)!, "Kahvila Aalto & Leipomo"));

        // Then
        backend.GetBusiness(own.Id)!.Name.ShouldBe("Kahvila Aalto & Leipomo");
        backend.Writes.ShouldHaveSingleItem().ShouldBe(new BackendWrite("UpdateBusiness", Actor.Member(own.Id), own.Id, "Kahvila Aalto & Leipomo"));
    }

    [Fact]
    public void Member_Should_Not_Change_Another_Business_Even_If_A_Screen_Tries()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var own = backend.Named("Kahvila Aalto");
        var other = backend.Named("Kahvila Kuura");
        var service = new PlannerService(backend, Session.Member(own.Id));

        // When
        var error = Should.Throw<DomainException>(() => service.UpdateBusiness(Renamed(other, "Hijacked")));

        // Then
        error.Message.ShouldBe("You can change only your own business.");
        backend.GetBusiness(other.Id)!.Name.ShouldBe("Kahvila Kuura");
        backend.Writes.ShouldBeEmpty();
    }

    [Fact]
    public void A_Refusal_Should_Be_Worded_In_The_Planner_Language()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var own = backend.Named("Kahvila Aalto");
        var other = backend.Named("Kahvila Kuura");
        var service = new PlannerService(backend, Session.Member(own.Id), CoMarketing.Tui.Resources.TuiTexts.Finnish);

        // When
        var update = Should.Throw<DomainException>(() => service.UpdateBusiness(Renamed(other, "Kaapattu")));
        var archive = Should.Throw<DomainException>(() => service.ArchiveBusiness(other.Id));

        // Then
        update.Message.ShouldBe("Voit muuttaa vain omaa yritystäsi.");
        archive.Message.ShouldBe("Vain koordinaattori voi arkistoida yrityksen.");
        service.For(Session.Guest).Texts.ShouldBe(CoMarketing.Tui.Resources.TuiTexts.Finnish);
        backend.Writes.ShouldBeEmpty();
    }

    [Fact]
    public void Guest_Should_Not_Edit_Archive_Or_Set_A_Pin()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var business = backend.Named("Kahvila Aalto");
        var guest = new PlannerService(backend, Session.Guest);

        // When / Then
        Should.Throw<DomainException>(() => guest.UpdateBusiness(Renamed(business, "X")));
        Should.Throw<DomainException>(() => guest.ArchiveBusiness(business.Id));
        Should.Throw<DomainException>(() => guest.SetMemberPin(business.Id, "1234"));
        Should.Throw<DomainException>(() => guest.UpdateAssociation(backend.GetAssociation()));
        backend.Writes.ShouldBeEmpty();
        backend.Accounts.Writes.ShouldBeEmpty();
    }

    [Fact]
    public void Member_Should_Set_Only_Its_Own_Pin()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var own = backend.Named("Kahvila Aalto");
        var other = backend.Named("Kahvila Kuura");
        var service = new PlannerService(backend, Session.Member(own.Id));

        // When
        service.SetMemberPin(own.Id, "2468");
        Should.Throw<DomainException>(() => service.SetMemberPin(other.Id, "1357"));

        // Then
        backend.Accounts.MemberHasPin(own.Id).ShouldBeTrue();
        backend.Accounts.MemberHasPin(other.Id).ShouldBeFalse();
    }

    [Theory]
    [InlineData("guest", false)]
    [InlineData("other member", false)]
    [InlineData("owner", true)]
    [InlineData("coordinator", true)]
    public void Contact_And_Notes_Should_Show_Only_To_The_Business_And_The_Coordinator(string who, bool sees)
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var business = backend.GetBusinesses().First(b => b.Contact.Person is not null);
        backend.UpdateBusiness(new Business(business.Id, business.Name, business.BusinessId, business.Industry, business.Offerings,
            business.Municipality, business.Catchment, business.CustomerType, business.Contact, "Pays late", business.Archived,
            business.Audience, business.Channels), Actor.CommandLine);
        var otherId = backend.GetBusinesses().First(b => b.Id != business.Id).Id;
        var session = who switch
        {
            "guest" => Session.Guest,
            "other member" => Session.Member(otherId),
            "owner" => Session.Member(business.Id),
            _ => Session.Coordinator,
        };
        var service = new PlannerService(backend, session);

        // When
        var seen = service.GetBusiness(business.Id)!;
        var listed = service.GetBusinesses().Single(b => b.Id == business.Id);

        // Then
        (seen.Contact.Person is not null).ShouldBe(sees);
        (seen.Notes is not null).ShouldBe(sees);
        listed.Contact.ShouldBe(seen.Contact);
        listed.Notes.ShouldBe(seen.Notes);
    }

    [Fact]
    public void Coordinator_Should_Edit_Any_Business_And_Archive()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var business = backend.Named("Kahvila Kuura");
        var service = new PlannerService(backend, Session.Coordinator);

        // When
        service.UpdateBusiness(Renamed(business, "Kahvila Kuura Oy"));
        service.ArchiveBusiness(business.Id);

        // Then
        backend.GetBusinesses().ShouldNotContain(b => b.Id == business.Id);
        backend.Writes.Select(w => w.Operation).ShouldBe(["UpdateBusiness", "ArchiveBusiness"]);
    }

    [Fact]
    public void Guest_Should_Register_A_New_Business_With_A_New_Id()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var template = backend.Named("Kahvila Aalto");
        var service = new PlannerService(backend, Session.Guest);

        // When
        var added = service.RegisterBusiness(Renamed(template, "Säätiö Öljymäki").WithId(0));

        // Then
        added.Id.ShouldBeGreaterThan(backend.GetBusinesses().Where(b => b.Id != added.Id).Max(b => b.Id));
        backend.GetBusiness(added.Id)!.Name.ShouldBe("Säätiö Öljymäki");
    }

    [Fact]
    public void Backend_Should_Match_With_Reasons_And_Rebuild_After_A_Change()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var cafe = backend.Named("Kahvila Aalto");
        var rival = backend.Named("Kahvila Kuura");

        // When
        var matches = backend.FindPartners(cafe.Id, 5, Core.Association.Language.English);
        backend.ArchiveBusiness(matches[0].Partner.Id, Actor.Coordinator);
        var after = backend.FindPartners(cafe.Id, 5, Core.Association.Language.English);

        // Then
        matches.Count.ShouldBe(5);
        matches.ShouldNotContain(m => m.Partner.Id == rival.Id);
        matches.ShouldAllBe(m => m.Reasons.Count > 0);
        after.ShouldNotContain(m => m.Partner.Id == matches[0].Partner.Id);
    }

    [Fact]
    public void Backend_Calendar_Should_Include_Holidays_And_Campaigns()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var campaign = backend.GetCampaigns()[0];

        // When
        var entries = backend.GetCalendar(campaign.Start.Year);

        // Then
        entries.ShouldContain(e => e.Name == "Midsummer Eve");
        entries.ShouldContain(e => e.Kind == Core.Calendar.CalendarEntryKind.Campaign && e.Name == campaign.Name && e.Date == campaign.Start);
    }
}
