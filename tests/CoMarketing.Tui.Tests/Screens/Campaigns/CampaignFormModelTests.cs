using CoMarketing.Core.Campaigns;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

public sealed class CampaignFormModelTests
{
    private static CampaignFormModel Filled(CampaignFormModel form, string name = "Kesäkadut")
    {
        form.Name = name;
        form.GoalKind = CampaignGoalKind.Traffic;
        form.Target = "2 500";
        form.Start = "1.6.2027";
        form.End = "2027-08-31";
        return form;
    }

    [Fact]
    public void Starting_With_Partners_From_The_Matches_Should_Save_A_Draft_With_Them_In_Order()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        long[] partners = [backend.Named("Kahvila Aalto").Id, backend.Named("Kirjakauppa Lukunurkka").Id, backend.Named("Kukkakauppa Kielo").Id];
        var form = Filled(CampaignFormModel.ForNew(new PlannerService(backend, Session.Coordinator), partners));

        // When
        var saved = form.Save();

        // Then
        saved.ShouldNotBeNull(form.SaveError);
        saved.Status.ShouldBe(CampaignStatus.Draft);
        saved.Participants.ShouldBe(partners);
        (saved.Start, saved.End).ShouldBe((new DateOnly(2027, 6, 1), new DateOnly(2027, 8, 31)));
        saved.Goal.Target.ShouldBe(2500m);
        backend.GetCampaigns().Count.ShouldBe(4);
    }

    [Fact]
    public void A_Competitor_Should_Be_Warned_And_Kept_Only_With_A_Reason_That_Is_Audited()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var aalto = backend.Named("Kahvila Aalto");
        var kuura = backend.Named("Kahvila Kuura");
        var form = Filled(CampaignFormModel.ForNew(new PlannerService(backend, Session.Coordinator), [aalto.Id]));

        // When
        form.AddPartner(kuura.Id);
        var refused = form.Save();

        // Then
        var warning = form.OpenWarnings.ShouldHaveSingleItem();
        warning.Partner.ShouldBe(kuura.Id);
        warning.Reason.ShouldNotBeNullOrWhiteSpace();
        refused.ShouldBeNull();
        form.SaveError!.ShouldContain(warning.Reason);
        backend.GetCampaigns().Count.ShouldBe(3);

        // When
        form.Keep(kuura.Id, "  ").ShouldBeFalse();
        form.Keep(kuura.Id, "koko kaupungin joulukatu").ShouldBeTrue();
        var saved = form.Save();

        // Then
        saved.ShouldNotBeNull(form.SaveError);
        backend.Writes.Last().Detail!.ShouldContain("koko kaupungin joulukatu");
        backend.Writes.Last().Detail!.ShouldContain(warning.Reason);
    }

    [Fact]
    public void A_Member_Should_Create_A_Draft_With_Its_Own_Business_But_Not_Keep_A_Competitor()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var aalto = backend.Named("Kahvila Aalto");
        var service = new PlannerService(backend, Session.Member(aalto.Id), TuiTexts.Finnish);
        var form = Filled(CampaignFormModel.ForNew(service, [backend.Named("Kukkakauppa Kielo").Id]));

        // Then
        form.Partners[0].ShouldBe(aalto.Id);
        form.Save().ShouldNotBeNull(form.SaveError).Status.ShouldBe(CampaignStatus.Draft);

        // When
        var second = Filled(CampaignFormModel.ForNew(service, [backend.Named("Kahvila Kuura").Id]), "Kahvit");
        second.Keep(backend.Named("Kahvila Kuura").Id, "haluan");

        // Then
        second.Save().ShouldBeNull();
        second.SaveError!.ShouldContain("Vain koordinaattori");
    }

    [Theory]
    [InlineData("KEVÄÄN KAUPUNKIPÄIVÄT", "1.6.2027", "2.6.2027", "Name")]
    [InlineData("Uusi", "31.2.2027", "2.6.2027", "Start")]
    [InlineData("Uusi", "1.6.2027", "1.5.2027", "End")]
    public void Invalid_Input_Should_Be_Shown_At_Its_Field_And_Nothing_Saved(string name, string start, string end, string field)
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var form = Filled(CampaignFormModel.ForNew(new PlannerService(backend, Session.Coordinator), [1]), name);
        form.Start = start;
        form.End = end;

        // When
        var saved = form.Save();

        // Then
        saved.ShouldBeNull();
        backend.GetCampaigns().Count.ShouldBe(3);
        if (field == "Name")
        {
            form.SaveError!.ShouldContain("already a campaign called");
        }
        else
        {
            form.Errors.Keys.ShouldBe([field]);
        }
    }

    [Fact]
    public void A_Partner_With_Cost_Items_Should_Not_Be_Removed_Silently()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var form = CampaignFormModel.ForEdit(new PlannerService(backend, Session.Coordinator), backend.GetCampaign(3)!);
        var voima = form.Partners[0];
        form.RemovePartner(voima).ShouldBeFalse();
        form.Partners.ShouldContain(voima);
        form.Errors[CampaignFormModel.PartnersField].ShouldContain("remove those first");
    }
}
