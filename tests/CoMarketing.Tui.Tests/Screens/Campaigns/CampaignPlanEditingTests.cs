using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

/// <summary>Editing the publication plan and the plan for surprises on the "Plan and tasks" page (issues 9 and 14).</summary>
public sealed class CampaignPlanEditingTests
{
    [Theory]
    [InlineData("fi", "6.12.2027", "6.12.2027 on Itsenäisyyspäivä (pyhäpäivä).")]
    [InlineData("en", "2027-12-06", "2027-12-06 is Independence Day (a public holiday).")]
    public void Adding_An_Entry_On_Independence_Day_Should_Warn_With_The_Holiday_Name(string language, string date, string warning)
    {
        // Given the coordinator on a Christmas campaign (15.11.–31.12.2027)
        var (backend, campaign) = Christmas();
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.For(language)), campaign);

        // When
        model.BeginAdd().ShouldBeTrue();
        model.Draft!.Date = date;
        model.Draft.Channel = ChannelKind.Instagram;
        model.Draft.Description = "Sinivalkoiset ikkunat";
        var applied = model.ApplyEntry();

        // Then
        applied.ShouldBeTrue();
        model.Current.ShouldNotBeNull().Date.ShouldBe(new DateOnly(2027, 12, 6));
        model.Warnings.ShouldBe([warning]);
        model.Rows[model.Selected].Warning.ShouldBeTrue();
        model.Dirty.ShouldBeTrue();
    }

    [Fact]
    public void An_Entry_Outside_The_Campaign_Should_Be_Kept_With_A_Warning()
    {
        var (backend, campaign) = Christmas();
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), campaign);

        model.BeginAdd(new DateOnly(2028, 1, 10));
        model.Draft!.Description = "Kiitos kaikille";

        model.ApplyEntry().ShouldBeTrue();
        model.Warnings.ShouldBe(["10.1.2028 on kampanja-ajan (15.11.2027–31.12.2027) ulkopuolella."]);
        model.Rows[model.Selected].Warning.ShouldBeTrue();
    }

    [Fact]
    public void Moving_An_Entry_Should_Change_Its_Date_And_Keep_The_Plan_In_Date_Order()
    {
        // Given "Revontulten talvi": 8.2., 10.2., 6.3. and 2.4.2027
        var backend = InMemoryPlannerBackend.Demo();
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), backend.GetCampaign(2)!);
        model.Select(1);
        var radio = model.Current!;

        // When the radio ads move four weeks and a day later
        for (var week = 0; week < 4; week++)
        {
            model.Shift(7).ShouldBeTrue();
        }

        model.Shift(1).ShouldBeTrue();

        // Then
        model.Current.ShouldNotBeNull().Description.ShouldBe(radio.Description);
        model.Current.Date.ShouldBe(radio.Date.AddDays(29));
        model.Current.Owner.ShouldBe(radio.Owner);
        model.Selected.ShouldBe(2);
        model.Entries.Select(e => e.Date).ShouldBeInOrder();
        model.Calendar.Day.ShouldBe(model.Current.Date);

        // When its date is typed instead (Finnish style), back before the others
        model.BeginEdit().ShouldBeTrue();
        model.Draft!.Date = "1.2.2027";
        model.ApplyEntry().ShouldBeTrue();

        // Then
        model.Selected.ShouldBe(0);
        model.Current!.Description.ShouldBe(radio.Description);
        model.Entries.Count.ShouldBe(4);
        model.Entries.Select(e => e.Date).ShouldBeInOrder();
    }

    [Fact]
    public void An_Owner_Who_Does_Not_Take_Part_Should_Be_Refused_At_The_Field()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var outsider = backend.Named("Kahvila Aalto").Id;
        var campaign = backend.GetCampaign(2)!;
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), campaign);

        model.BeginAdd(new DateOnly(2027, 3, 10));
        model.Draft!.Description = "Kahvilan revontuli-illat";
        model.Draft.Owner = outsider;

        model.ApplyEntry().ShouldBeFalse();
        model.Errors[PlanEntryDraft.OwnerField].ShouldBe("Kahvila Aalto ei ole mukana kampanjassa 'Revontulten talvi'; valitse osallistuja tai koordinaattori.");
        model.Entries.ShouldBe(campaign.Plan);
        model.Dirty.ShouldBeFalse();
        model.Draft.ShouldNotBeNull();
        model.People.Select(p => p.Id).ShouldBe([null, .. campaign.Participants.Select(id => (long?)id)]);
    }

    [Theory]
    [InlineData("", "1.3.2027", PlanEntryDraft.DescriptionField, "Julkaisulla on oltava kuvaus.")]
    [InlineData("Postaus", "31.2.2027", PlanEntryDraft.DateField, "'31.2.2027' ei ole päivämäärä")]
    public void A_Bad_Date_Or_A_Blank_Description_Should_Be_Refused_At_The_Field(string description, string date, string field, string message)
    {
        var backend = InMemoryPlannerBackend.Demo();
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), backend.GetCampaign(2)!);

        model.BeginAdd();
        model.Draft!.Description = description;
        model.Draft.Date = date;

        model.ApplyEntry().ShouldBeFalse();
        model.Errors[field].ShouldStartWith(message);
        model.Save().ShouldBeFalse();
        backend.Writes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void A_Member_Should_Not_Edit_The_Plan_Of_Its_Campaign(long id)
    {
        // Given a member of the running campaign (2) and of the draft (3)
        var backend = InMemoryPlannerBackend.Demo();
        var campaign = backend.GetCampaign(id)!;
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Member(campaign.Participants[0]), TuiTexts.English), campaign);
        model.Select(0);

        // When / Then
        model.CanEdit.ShouldBeFalse();
        model.ReadOnlyReason.ShouldBe("Only the coordinator changes the publication plan and the plan for surprises.");
        model.BeginAdd().ShouldBeFalse();
        model.BeginEdit().ShouldBeFalse();
        model.Shift(1).ShouldBeFalse();
        model.BeginSurprises().ShouldBeFalse();
        model.Save().ShouldBeFalse();
        model.Message.ShouldBe(model.ReadOnlyReason);
        model.Entries.ShouldBe(campaign.Plan);
        backend.Writes.ShouldBeEmpty();
    }

    [Fact]
    public void A_Member_Should_Not_Change_The_Plan_Through_The_Service_Even_Of_Its_Own_Draft()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var draft = backend.GetCampaign(3)!;
        var service = new PlannerService(backend, Session.Member(draft.Participants[0]), TuiTexts.English);

        Should.Throw<DomainException>(() => service.UpdateCampaign(draft.WithPlan([])))
            .Message.ShouldBe("Only the coordinator changes the publication plan and the plan for surprises.");
        Should.Throw<DomainException>(() => service.UpdateCampaign(draft.WithContingency(new ContingencyPlan(null, 4, null, "Jenni, 040 1"))));
        backend.GetCampaign(3)!.Plan.ShouldBe(draft.Plan);
    }

    [Fact]
    public void A_Finished_Campaign_Should_Have_Its_Plan_Locked_Even_For_The_Coordinator()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var finished = backend.GetCampaign(1)!;
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), finished);

        model.CanEdit.ShouldBeFalse();
        model.ReadOnlyReason.ShouldBe("Kampanja on päättynyt tai peruttu: sen suunnitelma on lukittu, kunnes koordinaattori avaa sen uudelleen.");
        model.BeginAdd().ShouldBeFalse();
        Should.Throw<DomainException>(() => new PlannerService(backend, Session.Coordinator).UpdateCampaign(finished.WithPlan([])));
    }

    [Fact]
    public void A_Member_Should_Still_See_Its_Own_Tasks_Marked()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var hotel = backend.Named("Hotelli Ounasvaara").Id;
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Member(hotel), TuiTexts.Finnish), backend.GetCampaign(2)!);

        model.Rows.Where(r => r.Mine).ShouldHaveSingleItem().Owner.ShouldBe("Hotelli Ounasvaara");
        model.MyTasks.ShouldBe(1);
    }

    [Fact]
    public void Deleting_An_Entry_Should_Ask_First()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), backend.GetCampaign(2)!);
        model.Select(3);
        var last = model.Current!;

        model.RequestDelete();
        model.DeletePending.ShouldBeTrue();
        model.CancelDelete();
        model.Entries.Count.ShouldBe(4);

        model.RequestDelete();
        model.ConfirmDelete();

        model.Entries.Count.ShouldBe(3);
        model.Entries.ShouldNotContain(last);
        model.Selected.ShouldBe(2);
        model.DeletePending.ShouldBeFalse();
        model.Dirty.ShouldBeTrue();
    }

    [Theory]
    [InlineData("0", "Vastausajan on oltava 1–168 tuntia, nyt 0.")]
    [InlineData("-4", "Vastausajan on oltava 1–168 tuntia, nyt -4.")]
    [InlineData("169", "Vastausajan on oltava 1–168 tuntia, nyt 169.")]
    [InlineData("4,5", "'4,5' ei ole tuntimäärä (kokonaisluku).")]
    public void A_Plan_For_Surprises_Without_A_Positive_Answer_Time_Of_At_Most_A_Week_Should_Be_Refused_At_The_Field(string hours, string message)
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var campaign = backend.GetCampaign(2)!;
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), campaign);
        model.BeginSurprises().ShouldBeTrue();

        // When
        model.SurprisesDraft!.Hours = hours;
        var applied = model.ApplySurprises();

        // Then nothing is kept, nothing is saved
        applied.ShouldBeFalse();
        model.Errors[ContingencyDraft.HoursField].ShouldBe(message);
        model.Contingency.ShouldBe(campaign.Contingency);
        model.Save().ShouldBeFalse();
        backend.Writes.ShouldBeEmpty();
        backend.GetCampaign(2)!.Contingency.ShouldBe(campaign.Contingency);
    }

    [Fact]
    public void A_Plan_For_Surprises_Needs_A_Contact_And_People_Who_Take_Part()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var outsider = backend.Named("Kahvila Aalto").Id;
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.English), backend.GetCampaign(2)!);
        model.BeginSurprises();

        model.SurprisesDraft!.Contact = " ";
        model.ApplySurprises().ShouldBeFalse();
        model.Errors[ContingencyDraft.ContactField].ShouldBe("Give a contact: a name with a phone number or e-mail.");

        model.SurprisesDraft.Contact = "Sari, 040 1";
        model.SurprisesDraft.PausedBy = outsider;
        model.ApplySurprises().ShouldBeFalse();
        model.Errors[ContingencyDraft.PausedByField].ShouldBe("Kahvila Aalto does not take part in 'Revontulten talvi'; choose a participant or the coordinator.");
    }

    [Fact]
    public void Saving_Should_Persist_The_Plan_And_The_Plan_For_Surprises_And_Read_Back_The_Same()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var husky = backend.Named("Napapiirin Huskysafarit").Id;
        var service = new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish);
        var model = new CampaignPlanModel(service, backend.GetCampaign(2)!);

        // When a publication is added on Good Friday and the plan for surprises changes
        model.BeginAdd(new DateOnly(2027, 3, 26));
        model.Draft!.Channel = ChannelKind.TikTok;
        model.Draft.Description = "Pääsiäisen koiravaljakkoajelut";
        model.Draft.Owner = husky;
        model.ApplyEntry().ShouldBeTrue();
        model.Warnings.ShouldBe(["26.3.2027 on Pitkäperjantai (pyhäpäivä)."]);
        model.BeginSurprises();
        model.SurprisesDraft!.Responder = husky;
        model.SurprisesDraft.Hours = " 12 ";
        model.SurprisesDraft.PausedBy = null;
        model.SurprisesDraft.Contact = "Ville Husky, 040 555 1234";
        model.ApplySurprises().ShouldBeTrue();
        var saved = model.Save();

        // Then
        saved.ShouldBeTrue();
        model.Dirty.ShouldBeFalse();
        model.Message.ShouldBe("Tallennettu.");
        backend.Writes.ShouldHaveSingleItem().ShouldBe(new BackendWrite("UpdateCampaign", Actor.Coordinator, 2, "Revontulten talvi"));
        var stored = backend.GetCampaign(2)!;
        stored.Plan.ShouldBe(model.Entries);
        stored.Plan.ShouldContain(new PlanEntry(new DateOnly(2027, 3, 26), ChannelKind.TikTok, "Pääsiäisen koiravaljakkoajelut") { Owner = husky });
        stored.Contingency.ShouldBe(new ContingencyPlan(husky, 12, null, "Ville Husky, 040 555 1234"));

        // And a fresh page over the stored campaign reads the same
        var reread = new CampaignPlanModel(service, stored);
        reread.Rows.ShouldBe(model.Rows);
        reread.Surprises.ShouldBe([
            "Negatiivisiin kommentteihin vastaa Napapiirin Huskysafarit 12 tunnin kuluessa",
            "Kampanjan voi keskeyttää: koordinaattori",
            "Yhteyshenkilö: Ville Husky, 040 555 1234",
        ]);
    }

    [Fact]
    public void Saving_After_Someone_Else_Saved_Should_Be_Refused_And_Keeping_Mine_Should_Keep_Their_Costs()
    {
        // Given the plan page is open when the costs of the campaign are saved elsewhere
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, Session.Coordinator, TuiTexts.English);
        var opened = backend.GetCampaign(2)!;
        var model = new CampaignPlanModel(service, opened);
        service.UpdateCampaign(backend.GetCampaign(2)!.WithCostItems([]));

        // When a publication is moved and saved
        model.Select(0);
        model.Shift(1);
        var refused = model.Save();

        // Then nothing of the plan is saved over theirs
        refused.ShouldBeFalse();
        model.RefusedAsSavedElsewhere.ShouldBeTrue();
        model.Message.ShouldBe($"Someone else saved “{opened.Name}” after you opened it; nothing was saved.");
        backend.GetCampaign(2)!.Plan.ShouldBe(opened.Plan);

        // When "yours": the plan as moved here onto their save
        model.Rebase(backend.GetCampaign(2)!);
        model.Save().ShouldBeTrue();

        // Then their costs and this plan
        var stored = backend.GetCampaign(2)!;
        stored.CostItems.ShouldBeEmpty();
        stored.Plan.ShouldBe(model.Entries);
        model.Campaign.ShouldBe(stored);
    }

    [Fact]
    public void Emptying_The_Hours_And_The_Contact_Should_Remove_The_Plan_For_Surprises()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.English), backend.GetCampaign(2)!);

        model.BeginSurprises();
        model.SurprisesDraft!.Hours = string.Empty;
        model.SurprisesDraft.Contact = "  ";
        model.ApplySurprises().ShouldBeTrue();
        model.Save().ShouldBeTrue();

        backend.GetCampaign(2)!.Contingency.ShouldBeNull();
        model.Surprises.ShouldHaveSingleItem().ShouldStartWith("No plan for surprises yet");
    }

    [Fact]
    public void The_Calendar_Should_Show_The_Month_Monday_First_With_Holidays_And_Publications()
    {
        var (backend, campaign) = Christmas();
        var model = new CampaignPlanModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), campaign);

        model.Calendar.Day.ShouldBe(campaign.Start);
        model.Calendar.MoveMonths(1);
        var lines = model.Calendar.Lines(model.PublicationDays);

        model.Calendar.Title.ShouldBe("Joulukuu 2027");
        lines.ShouldBe([
            " ma    ti    ke    to    pe    la    su",
            "              1~    2~    3~    4~    5~",
            "  6*#   7~    8~    9~   10~   11~   12~",
            " 13~   14~  [15~ ] 16~   17~   18~   19~",
            " 20~   21~   22~   23~   24*   25*   26*",
            " 27    28    29    30    31",
        ]);
        model.MonthCount.ShouldBe("1 julkaisu tässä kuussa");
        model.Calendar.MonthMarks.Select(model.Calendar.Name).ShouldContain("Itsenäisyyspäivä");
        model.Calendar.MonthMarks.ShouldNotContain(e => e.Kind == Core.Calendar.CalendarEntryKind.Campaign);
    }

    /// <summary>A planned campaign 15.11.–31.12.2027 of two demo members, with one publication on 6.12.</summary>
    internal static (InMemoryPlannerBackend Backend, Campaign Campaign) Christmas()
    {
        var backend = InMemoryPlannerBackend.Demo();
        long[] people = [backend.Named("Kahvila Aalto").Id, backend.Named("Kirjakauppa Lukunurkka").Id];
        var campaign = backend.AddCampaign(
            new Campaign(0, "Joulun valot", new CampaignGoal(CampaignGoalKind.Traffic, 500), new DateOnly(2027, 11, 15), new DateOnly(2027, 12, 31),
                CampaignStatus.Planned, people, [], [new PlanEntry(new DateOnly(2027, 12, 6), ChannelKind.Facebook, "Itsenäisyyspäivän kynttilät") { Owner = people[0] }], []),
            Actor.Coordinator, null);
        backend.Writes.Clear();
        return (backend, campaign);
    }
}
