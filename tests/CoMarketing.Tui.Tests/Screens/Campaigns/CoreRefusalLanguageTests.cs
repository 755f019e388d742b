using CoMarketing.Core.Campaigns;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.Input;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

/// <summary>A refusal that only Core makes is shown in the planner's language, with its numbers and dates written so.</summary>
public sealed class CoreRefusalLanguageTests
{
    [Fact]
    public void I_see_a_too_long_publication_description_refused_in_Finnish()
    {
        // Given the coordinator's plan page in Finnish
        var (backend, campaign) = CampaignPlanEditingTests.Christmas();
        var workspace = CampaignScreens.Open(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), campaign.Id);
        using var app = new HeadlessApp(workspace, 200, 40);
        workspace.ShowPage(3);
        var page = workspace.Page.ShouldBeOfType<CampaignPlanView>();

        // When a description one character too long is typed and OK pressed
        page.NewKeyDownEvent(Key.InsertChar);
        var fields = CampaignPlanViewTests.All<TextField>(page.EntryForm).ToList();
        fields[0].Text = "24.12.2027";
        fields[1].Text = new string('x', 501);
        CampaignPlanViewTests.All<Button>(page.EntryForm).First().InvokeCommand(Command.Accept);
        var screen = app.Screen();

        // Then
        screen.ShouldContain("Julkaisun 24.12.2027 kuvaus saa olla enintään 500 merkkiä pitkä, nyt 501.");
        screen.ShouldNotContain("must be at most");
        backend.GetCampaign(campaign.Id)!.Plan.Length.ShouldBe(1);
    }

    [Theory]
    [InlineData("fi", "25,555", "ALV-prosentissa ”25,555” on enemmän kuin kaksi desimaalia.")]
    [InlineData("en", "25.555", "VAT rate '25.555' has more than two decimals.")]
    public void A_VAT_Rate_With_Three_Decimals_Should_Be_Refused_In_The_Planners_Language(string language, string vat, string refusal)
    {
        // Given
        var model = NewItem(TuiTexts.For(language));

        // When
        model.Current!.Vat = vat;
        model.Changed();

        // Then
        model.ErrorsOf(0)[CostItemDraft.VatField].ShouldBe(refusal);
    }

    [Fact]
    public void A_Cost_Description_Too_Long_Should_Be_Refused_In_Finnish_At_Its_Field()
    {
        // Given
        var model = NewItem(TuiTexts.Finnish);

        // When
        model.Current!.Description = new string('x', 501);
        model.Changed();

        // Then
        model.ErrorsOf(0)[CostItemDraft.DescriptionField].ShouldBe("Kuluerän kuvaus saa olla enintään 500 merkkiä pitkä, nyt 501.");
        model.Save().ShouldNotBeNull();
    }

    private static CostItemsModel NewItem(TuiTexts texts)
    {
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, Session.Coordinator, texts);
        long[] partners = [backend.Named("Kahvila Aalto").Id, backend.Named("Kirjakauppa Lukunurkka").Id];
        var campaign = service.CreateCampaign(new Campaign(0, "Kesäkadut", new CampaignGoal(CampaignGoalKind.Traffic, 100), new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30), CampaignStatus.Draft, partners, [], [], []));
        var model = new CostItemsModel(service, campaign);
        model.Add();
        model.Current!.Description = "Lehti-ilmoitus";
        model.Current.Amount = "1 200";
        return model;
    }
}
