using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Finance;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

public sealed class CampaignResultsModelTests
{
    // The demo's running campaign "Revontulten talvi" (id 2): 8.2.2027–9.4.2027, February results for every participant.
    private const long Running = 2;

    private static (InMemoryPlannerBackend Backend, CampaignResultsModel Model) Open(Session? session = null, TuiTexts? texts = null, long id = Running)
    {
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, session ?? Session.Coordinator, texts);
        return (backend, new CampaignResultsModel(service, backend.GetCampaign(id)!));
    }

    private static void Type(CampaignResultsModel model, int row, string reached, string interested, string leads, string customers, string revenue)
    {
        var draft = model.Rows[row];
        draft[ResultRowDraft.ReachedField] = reached;
        draft[ResultRowDraft.InterestedField] = interested;
        draft[ResultRowDraft.LeadsField] = leads;
        draft[ResultRowDraft.NewCustomersField] = customers;
        draft[ResultRowDraft.RevenueField] = revenue;
        model.Changed();
    }

    [Fact]
    public void Entering_A_Months_Results_For_A_Partner_Saves_Them_And_The_ROI_Shown_Equals_Cores()
    {
        // Given
        var (backend, model) = Open(texts: TuiTexts.Finnish);
        var restaurant = backend.Named("Ravintola Revontuli").Id;
        var february = backend.GetCampaign(Running)!.Results.Single(r => r.Participant == restaurant).NewCustomers;
        model.TypeMonth("3.2027").ShouldBeTrue();
        var row = model.Rows.ToList().FindIndex(r => r.Participant == restaurant);

        // When
        Type(model, row, "12 400", "1 240", "310", "41", "1 200,50 €");
        var refusal = model.Save();

        // Then
        refusal.ShouldBeNull();
        var saved = backend.GetCampaign(Running)!;
        saved.Results.ShouldContain(new CampaignResult(restaurant, new DateOnly(2027, 3, 1), ResultPeriod.Month, 12400, 1240, 310, 41, Money.FromCents(120050)));
        saved.Results.Length.ShouldBe(5);
        backend.Writes.Last().Operation.ShouldBe("UpdateCampaign");
        model.HasChanges.ShouldBeFalse();

        var core = CampaignEconomics.Of(saved, CampaignSplit.Split(saved, backend.GetBusinesses(), backend.GetAssociation()));
        var shown = model.Economics.ShouldNotBeNull();
        shown.Total.ShouldBe(core.Total);
        shown.Participants.Select(p => p.Metrics).ShouldBe(core.Participants.Select(p => p.Metrics));
        var restaurantMetrics = core.Participants.Single(p => p.BusinessId == restaurant).Metrics;
        restaurantMetrics.Funnel.NewCustomers.ShouldBe(february + 41);
        restaurantMetrics.Roi.ShouldNotBeNull();
        ResultsFigures.Lines("Ravintola Revontuli", restaurantMetrics, model.Format)[0]
            .ShouldContain("ROI " + ResultsFigures.Percent(restaurantMetrics.Roi, model.Format));
    }

    [Theory]
    [InlineData(ResultRowDraft.InterestedField, "100", "120", "10", "1", "Kiinnostuneita (120) ei voi olla yli tavoitettujen (100).")]
    [InlineData(ResultRowDraft.LeadsField, "100", "50", "60", "1", "Liidejä (60) ei voi olla yli kiinnostuneiden (50).")]
    [InlineData(ResultRowDraft.NewCustomersField, "100", "50", "10", "11", "Uusia asiakkaita (11) ei voi olla yli liidien (10).")]
    [InlineData(ResultRowDraft.ReachedField, "-5", "", "", "", "Määrä ei voi olla negatiivinen, nyt -5.")]
    [InlineData(ResultRowDraft.LeadsField, "100", "50", "kymmenen", "", "'kymmenen' ei ole henkilömäärä; kirjoita kokonaisluku, esim. 1 200.")]
    public void A_Widening_Funnel_Or_A_Bad_Count_Is_Refused_At_The_Field_And_Nothing_Is_Saved(string field, string reached, string interested, string leads, string customers, string message)
    {
        // Given
        var (backend, model) = Open(texts: TuiTexts.Finnish);
        var before = backend.GetCampaign(Running)!;
        var writes = backend.Writes.Count;

        // When
        Type(model, 0, reached, interested, leads, customers, "100");
        var refusal = model.Save();

        // Then
        model.ErrorsOf(model.Rows[0].Participant)[field].ShouldBe(message);
        model.ErrorsOf(model.Rows[0].Participant).Count.ShouldBe(1);
        model.CurrentCampaign.ShouldBeNull();
        refusal.ShouldBe("Korjaa ensin punaisella merkityt kentät.");
        backend.Writes.Count.ShouldBe(writes);
        backend.GetCampaign(Running).ShouldBeSameAs(before);
    }

    [Theory]
    [InlineData("1 200", 120000)]
    [InlineData("1 200,50 €", 120050)]
    [InlineData("1,200.50", 120050)]
    [InlineData("", 0)]
    public void Revenue_Is_Read_As_People_Write_Amounts(string typed, long cents)
    {
        var (_, model) = Open();
        Type(model, 0, "100", "10", "5", "2", typed);
        model.CurrentCampaign.ShouldNotBeNull().Results
            .Single(r => r.Participant == model.Rows[0].Participant && r.PeriodStart == model.Month).Revenue.Cents.ShouldBe(cents);
    }

    [Fact]
    public void A_Member_Cannot_Enter_Results_But_Sees_The_Same_Figures()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var hotel = backend.Named("Hotelli Ounasvaara").Id;
        var member = new PlannerService(backend, Session.Member(hotel));
        var model = new CampaignResultsModel(member, backend.GetCampaign(Running)!);

        // When
        Type(model, 0, "100", "10", "5", "2", "50");
        var refusal = model.Save();

        // Then
        model.CanEdit.ShouldBeFalse();
        refusal.ShouldBe("Only the coordinator records results; these figures are read-only.");
        backend.GetCampaign(Running)!.Results.Length.ShouldBe(4);
        var coordinator = new CampaignResultsModel(new PlannerService(backend, Session.Coordinator), backend.GetCampaign(Running)!);
        new CampaignResultsModel(member, backend.GetCampaign(Running)!).Economics!.Total.ShouldBe(coordinator.Economics!.Total);
    }

    [Fact]
    public void The_Planner_Service_Refuses_Results_Changed_By_A_Member_Whatever_The_Screen()
    {
        // Given: a member's own draft, which it may otherwise edit
        var backend = InMemoryPlannerBackend.Demo();
        var draft = backend.GetCampaigns().Single(c => c.Status == CampaignStatus.Draft);
        var member = new PlannerService(backend, Session.Member(draft.Participants[0]));
        var result = new CampaignResult(draft.Participants[0], draft.Start, ResultPeriod.Month, 10, 5, 2, 1, Money.Zero);

        // When
        var refusal = Should.Throw<Core.Common.DomainException>(() => member.UpdateCampaign(draft.WithResults([result])));

        // Then
        refusal.Message.ShouldBe("Only the coordinator records campaign results.");
        backend.GetCampaign(draft.Id)!.Results.ShouldBeEmpty();
    }

    [Fact]
    public void A_Draft_Campaigns_Results_Are_Read_Only_Even_For_The_Coordinator()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var draft = backend.GetCampaigns().Single(c => c.Status == CampaignStatus.Draft);
        var model = new CampaignResultsModel(new PlannerService(backend, Session.Coordinator), draft);
        model.CanEdit.ShouldBeFalse();
        model.ReadOnlyReason.ShouldStartWith("Results are recorded once the campaign is running");
    }

    [Fact]
    public void Months_Are_The_Campaigns_And_Can_Be_Typed_Or_Stepped_Keeping_Unsaved_Edits()
    {
        // Given
        var (backend, model) = Open();

        // Then
        model.Months.ShouldBe([new DateOnly(2027, 2, 1), new DateOnly(2027, 3, 1), new DateOnly(2027, 4, 1)]);
        model.Month.ShouldBe(new DateOnly(2027, 3, 1));
        model.TypeMonth("2027-02").ShouldBeTrue();
        model.Rows[0][ResultRowDraft.ReachedField].ShouldBe("5,000");
        model.TypeMonth("4/2027").ShouldBeTrue();
        model.TypeMonth("5.2027").ShouldBeFalse();
        model.MonthError.ShouldBe("Choose a month of the campaign, from 2027-02 to 2027-04.");
        model.TypeMonth("huhti").ShouldBeFalse();
        model.Month.ShouldBe(new DateOnly(2027, 4, 1));

        // When: April is typed, then February changed, then saved from February
        Type(model, 1, "900", "90", "9", "3", "300");
        model.Step(-1);
        model.Step(-1);
        model.Month.ShouldBe(new DateOnly(2027, 2, 1));
        Type(model, 0, "", "", "", "", "");
        model.Step(-1);
        model.Month.ShouldBe(new DateOnly(2027, 2, 1));
        model.Save().ShouldBeNull();

        // Then: both months were written in one update; the blanked February row is gone
        var saved = backend.GetCampaign(Running)!;
        saved.Results.Length.ShouldBe(4);
        saved.Results.ShouldNotContain(r => r.Participant == saved.Participants[0]);
        saved.Results.ShouldContain(r => r.Participant == saved.Participants[1] && r.PeriodStart == new DateOnly(2027, 4, 1) && r.Reached == 900);
        backend.Writes.Count(w => w.Operation == "UpdateCampaign").ShouldBe(1);
    }

    [Fact]
    public void The_Whole_Campaign_Row_Is_The_Sum_Of_The_Partners_In_The_Month()
    {
        var (backend, model) = Open();
        model.TypeMonth("2027-02");
        var february = backend.GetCampaign(Running)!.Results;
        model.MonthTotal.ShouldBe(FunnelTotals.Of(february));
        Type(model, 0, "abc", "", "", "", "");
        model.MonthTotal.ShouldBe(FunnelTotals.Of(february.Skip(1)));
    }

    [Fact]
    public void Weekly_Results_From_An_Import_Are_Counted_In_The_Figures_And_Kept_When_The_Month_Is_Saved()
    {
        // Given: a weekly result in March beside the monthly ones
        var backend = InMemoryPlannerBackend.Demo();
        var stored = backend.GetCampaign(Running)!;
        var weekly = new CampaignResult(stored.Participants[2], new DateOnly(2027, 3, 8), ResultPeriod.Week, 300, 30, 6, 2, Money.Parse("240"));
        backend.UpdateCampaign(stored.WithResults([.. stored.Results, weekly]), Core.Audit.Actor.Coordinator, null);
        var model = new CampaignResultsModel(new PlannerService(backend, Session.Coordinator), backend.GetCampaign(Running)!);

        // When
        model.TypeMonth("2027-03").ShouldBeTrue();
        Type(model, 2, "1000", "100", "10", "1", "120");
        model.Save().ShouldBeNull();

        // Then
        model.OtherPeriodResults.ShouldBe(1);
        model.Rows[2][ResultRowDraft.ReachedField].ShouldBe("1,000");
        var saved = backend.GetCampaign(Running)!;
        saved.Results.ShouldContain(weekly);
        saved.Results.Length.ShouldBe(6);
        model.Economics!.Total.Funnel.NewCustomers.ShouldBe(FunnelTotals.Of(saved.Results).NewCustomers);
    }
}
