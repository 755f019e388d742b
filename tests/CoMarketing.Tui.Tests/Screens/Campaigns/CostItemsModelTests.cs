using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Finance;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

public sealed class CostItemsModelTests
{
    private static (InMemoryPlannerBackend Backend, CostItemsModel Model) NewCampaign(TuiTexts? texts = null)
    {
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, Session.Coordinator, texts);
        long[] partners = [backend.Named("Kahvila Aalto").Id, backend.Named("Kirjakauppa Lukunurkka").Id, backend.Named("Kukkakauppa Kielo").Id];
        var campaign = service.CreateCampaign(new Campaign(0, "Kesäkadut", new CampaignGoal(CampaignGoalKind.Traffic, 100), new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30), CampaignStatus.Draft, partners, [], [], []));
        return (backend, new CostItemsModel(service, campaign));
    }

    private static void Type(CostItemsModel model, string description, string amount, SplitRule rule)
    {
        model.Add();
        model.Current!.Description = description;
        model.Current.Amount = amount;
        model.Current.Rule = rule;
        model.Changed();
    }

    [Fact]
    public void I_can_split_a_newspaper_ad_equally_and_a_radio_spot_by_reach_and_see_every_share()
    {
        // Given
        var (backend, model) = NewCampaign(TuiTexts.Finnish);

        // When
        Type(model, "Lehti-ilmoitus", "1 200", SplitRule.Equal);
        Type(model, "Radiomainos", "800 €", SplitRule.Reach);

        // Then
        model.Stale.ShouldBeFalse();
        var preview = model.Preview.ShouldNotBeNull();
        preview.Rows.Count.ShouldBe(3);
        preview.Summary.Totals.Net.ShouldBe(Money.Parse("2000"));
        preview.Summary.Totals.Vat.ShouldBe(Money.Parse("510"));
        preview.Rows.Sum(r => r.Gross.Cents).ShouldBe(251000);
        preview.Rows.Select(r => r.Net.Cents).ShouldAllBe(n => n >= 40000);
        preview.Rows.Max(r => r.Bar.Length).ShouldBe(CampaignPreview.BarWidth);
        preview.Instructions.Count.ShouldBe(3);
        preview.Instructions[0].ShouldContain("maksaa");
        preview.Instructions[0].ShouldContain(" €");

        // When
        model.Save().ShouldBeNull();

        // Then
        var saved = backend.GetCampaigns().Single(c => c.Name == "Kesäkadut");
        var split = CampaignSplit.Split(saved, backend.GetBusinesses(), backend.GetAssociation());
        preview.Rows.Select(r => r.Gross).ShouldBe(split.Participants.Select(p => p.Total.Gross));
    }

    [Theory]
    [InlineData("1 506,00 €", 120000)]
    [InlineData("1,506.00", 120000)]
    [InlineData("1 255", 100000)]
    public void An_Amount_Typed_With_VAT_Should_Be_Stored_As_Its_Net(string gross, long netCents)
    {
        var (_, model) = NewCampaign();
        Type(model, "Lehti", gross, SplitRule.Equal);
        model.Current!.AmountIsGross = true;
        model.Changed();
        model.CurrentCampaign!.CostItems.ShouldHaveSingleItem().Net.Cents.ShouldBe(netCents);
    }

    [Fact]
    public void Invalid_Input_Should_Stay_At_Its_Field_And_The_Preview_Keep_The_Last_Figures_As_Stale()
    {
        // Given
        var (_, model) = NewCampaign();
        Type(model, "Lehti", "1200", SplitRule.Equal);
        var before = model.Preview!.Rows;

        // When
        model.Current!.Amount = "12,345";
        model.Changed();

        // Then
        model.ErrorsOf(0)[CostItemDraft.AmountField].ShouldBe("'12,345' is not an amount in euros and cents; write it like 1 200, 1 200,50 € or 1,200.50.");
        model.Stale.ShouldBeTrue();
        model.Preview!.Rows.ShouldBe(before);
        model.Save().ShouldNotBeNull();
    }

    [Fact]
    public void Percentages_Not_Totalling_100_Should_Be_Named_At_The_Inputs()
    {
        var (backend, model) = NewCampaign();
        Type(model, "Flyerit", "300", SplitRule.Percent);
        model.Current!.Inputs[backend.Named("Kahvila Aalto").Id] = "50";
        model.Current.Inputs[backend.Named("Kirjakauppa Lukunurkka").Id] = "30";
        model.Current.Inputs[backend.Named("Kukkakauppa Kielo").Id] = "10,5";
        model.Changed();
        model.ErrorsOf(0)[CostItemDraft.InputsField].ShouldBe("The percentages total 90.5, not 100.");
    }

    [Fact]
    public void Items_Should_Be_Duplicated_Reordered_And_Deleted_Only_After_Confirmation()
    {
        // Given
        var (_, model) = NewCampaign();
        Type(model, "A", "100", SplitRule.Equal);
        Type(model, "B", "200", SplitRule.Equal);

        // When
        model.Duplicate();
        model.Current!.Description = "B2";
        model.Move(-1);
        model.Move(-1);

        // Then
        model.Items.Select(i => i.Description).ShouldBe(["B2", "A", "B"]);

        // When
        model.RequestDelete();
        model.CancelDelete();
        model.ConfirmDelete();

        // Then
        model.Items.Count.ShouldBe(3);

        // When
        model.RequestDelete();
        model.ConfirmDelete();

        // Then
        model.Items.Select(i => i.Description).ShouldBe(["A", "B"]);
        model.Preview!.Summary.Totals.Net.ShouldBe(Money.Parse("300"));
    }

    [Fact]
    public void A_Finished_Campaigns_Costs_Should_Be_Locked()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var model = new CostItemsModel(new PlannerService(backend, Session.Coordinator), backend.GetCampaign(1)!);

        // When
        model.Selected = 0;
        model.Current!.Amount = "1 500";
        model.Changed();
        var refusal = model.Save();

        // Then
        model.CanEdit.ShouldBeFalse();
        refusal.ShouldNotBeNull().ShouldContain("locked");
        backend.GetCampaign(1)!.CostItems[0].Net.ShouldBe(Money.Parse("1200"));
    }

    [Fact]
    public void The_Preview_Of_A_Stored_Campaign_Should_Equal_The_Split_Of_The_Engine()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var running = backend.GetCampaign(2)!;
        var model = new CostItemsModel(new PlannerService(backend, Session.Coordinator), running);
        var split = CampaignSplit.Split(running, backend.GetBusinesses(), backend.GetAssociation());
        model.Stale.ShouldBeFalse();
        model.Preview!.Rows.Select(r => (r.Net, r.Vat, r.Gross)).ShouldBe(split.Participants.Select(p => (p.Total.Net, p.Total.Vat, p.Total.Gross)));
        model.Preview.CombinedReach.ShouldBe(split.CombinedReach.RoundToWhole());
    }
}
