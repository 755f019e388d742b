using CoMarketing.Cli.Planner;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Demo;
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;

namespace CoMarketing.Cli.Tests.Planner;

/// <summary>
/// Two kiosks on one LiteDB file (two store instances): a planner page saving a campaign that the other kiosk saved
/// since the page opened is refused, however often the planner read the campaign again meanwhile (its list, its
/// permission checks), and a page saving twice in a row is not refused by its own first save.
/// </summary>
public sealed class CampaignChangedElsewhereTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("comarketing-conflict-").FullName;
    private readonly string _path;
    private readonly Campaign _draft;

    public CampaignChangedElsewhereTests()
    {
        _path = Path.Combine(_folder, "kiosks.db");
        var setup = Store.Open(_path, TimeProvider.System);
        DemoInstaller.Install(setup, DemoAssociation.Build(new DateOnly(2027, 1, 10)), replace: false, Actor.CommandLine, TimeProvider.System);
        _draft = setup.Campaigns.GetAll().Single(c => c.Status == CampaignStatus.Draft);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_Costs_Save_After_The_Other_Kiosk_Saved_Is_Refused_And_Keeps_The_Other_Kiosks_Change()
    {
        // Given: kiosk A has the draft's costs open; kiosk B then drops the last cost item; A reads its list meanwhile
        var (kiosk, costs) = OpenCosts();
        var other = Store.Open(_path, TimeProvider.System);
        var theirs = other.Campaigns.Get(_draft.Id)!;
        other.Campaigns.Update(theirs.WithCostItems(theirs.CostItems.RemoveAt(theirs.CostItems.Length - 1)), Actor.Coordinator);
        kiosk.GetCampaigns().Count.ShouldBe(3);
        costs.Selected = 0;
        costs.Current!.Amount = "999";
        costs.Changed();

        // When
        var refused = costs.Save();

        // Then
        refused.ShouldNotBeNull().ShouldContain("someone else");
        var stored = Store.Open(_path, TimeProvider.System).Campaigns.Get(_draft.Id)!;
        stored.CostItems.Length.ShouldBe(_draft.CostItems.Length - 1);
        stored.CostItems[0].Net.ShouldBe(_draft.CostItems[0].Net);
    }

    [Fact]
    public void Saving_The_Costs_Twice_On_One_Page_Is_Not_Refused_By_The_Pages_Own_First_Save()
    {
        // Given
        var (_, costs) = OpenCosts();
        costs.Selected = 0;

        // When
        costs.Current!.Amount = "999";
        costs.Changed();
        var first = costs.Save();
        costs.Current!.Amount = "1 001";
        costs.Changed();
        var second = costs.Save();

        // Then
        first.ShouldBeNull();
        second.ShouldBeNull();
        Store.Open(_path, TimeProvider.System).Campaigns.Get(_draft.Id)!.CostItems[0].Net.Cents.ShouldBe(100_100);
    }

    [Fact]
    public void A_Business_Saved_From_What_Was_Opened_Before_Another_Kiosks_Save_Is_Refused_After_Any_Number_Of_Reads()
    {
        // Given: kiosk A opened a member; kiosk B saves it; A lists the members again
        var (kiosk, _) = OpenCosts();
        var opened = kiosk.GetBusinesses().First();
        var other = Store.Open(_path, TimeProvider.System);
        other.Businesses.Update(other.Businesses.Get(opened.Id)!, Actor.Coordinator);
        kiosk.GetBusinesses().Count.ShouldBeGreaterThan(0);

        // When
        var refused = Should.Throw<Core.Common.DomainException>(() => kiosk.UpdateBusiness(opened));

        // Then
        refused.Message.ShouldEndWith("after you opened it; nothing was saved.");
        kiosk.UpdateBusiness(kiosk.GetBusiness(opened.Id)!); // what was read again saves
    }

    private (PlannerService Kiosk, CostItemsModel Costs) OpenCosts()
    {
        var kiosk = new PlannerService(new StoreBackend(Store.Open(_path, TimeProvider.System), TimeProvider.System), Session.Coordinator, TuiTexts.English);
        return (kiosk, new CostItemsModel(kiosk, kiosk.GetCampaign(_draft.Id)!));
    }
}
