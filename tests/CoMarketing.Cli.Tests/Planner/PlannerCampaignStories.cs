using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoMarketing.Cli.Planner;
using CoMarketing.Cli.Tests.Commands;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Demo;
using CoMarketing.Reports.Exports;
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Cli.Tests.Planner;

/// <summary>The planner's campaign screens over the real store, checked against the command line to the cent.</summary>
public sealed class PlannerCampaignStories : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _db;
    private readonly Store _store;

    public PlannerCampaignStories()
    {
        _db = Path.Combine(_folder, "demo.db");
        _store = Store.Open(_db, TimeProvider.System);
        DemoInstaller.Install(_store, DemoAssociation.Build(new DateOnly(2027, 3, 14)), replace: false, Actor.CommandLine, TimeProvider.System);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void I_can_plan_and_split_a_campaign_in_the_planner_and_every_figure_equals_campaign_show_and_the_json_export()
    {
        // Given a coordinator in the Finnish planner, starting from three partners
        var service = new PlannerService(new StoreBackend(_store, TimeProvider.System), Session.Coordinator, TuiTexts.Finnish);
        var ids = new[] { "Kahvila Aalto", "Kirjakauppa Lukunurkka", "Kukkakauppa Kielo" }.Select(n => _store.Businesses.GetAll().Single(b => b.Name == n).Id).ToList();
        var form = CampaignFormModel.ForNew(service, ids);
        (form.Name, form.Target, form.Start, form.End) = ("Kesäkadut", "300", "1.6.2027", "30.6.2027");
        var campaign = form.Save().ShouldNotBeNull(form.SaveError);

        // When two items are typed and saved, and the campaign is planned
        var costs = new CostItemsModel(service, campaign);
        Type(costs, "Sanomalehti-ilmoitus", "1 200", SplitRule.Equal);
        Type(costs, "Radiomainos", "800 €", SplitRule.Reach);
        costs.Save().ShouldBeNull();
        new CampaignStatusModel(service, _store.Campaigns.Get(campaign.Id)!).Change(CampaignStatus.Planned, null).ShouldBeNull();
        var preview = new CostItemsModel(service, _store.Campaigns.Get(campaign.Id)!).Preview.ShouldNotBeNull();

        // Then campaign show --json has the preview's every figure
        var show = JsonDocument.Parse(Run("campaign", "show", campaign.Id.ToString(CultureInfo.InvariantCulture), "--json").Out).RootElement;
        show.GetProperty("status").GetString().ShouldBe("planned");
        var shown = show.GetProperty("participants").EnumerateArray().ToList();
        shown.Select(p => (p.GetProperty("net").GetString()!, p.GetProperty("vat").GetString()!, p.GetProperty("gross").GetString()!))
            .ShouldBe(preview.Rows.Select(r => (r.Net.ToString(), r.Vat.ToString(), r.Gross.ToString())));
        shown.Select(p => p.GetProperty("newReach").GetInt64()).ShouldBe(preview.Rows.Select(r => r.NewReach));
        show.GetProperty("transfers").EnumerateArray().Select(t => t.GetProperty("amount").GetString())
            .ShouldBe(preview.Summary.Transfers.Select(t => t.Amount.ToString()));
        preview.Summary.Totals.Gross.ToString().ShouldBe("2510.00");

        // And the JSON export holds the preview's summary written by the same writer, section by section
        var file = Path.Combine(_folder, "kesakadut.json");
        Run("export", "Kesäkadut", "--format", "json", "-o", file).ExitCode.ShouldBe(ExitCodes.Success);
        var exported = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        var expected = JsonNode.Parse(new JsonSummaryWriter().Write(preview.Summary))!.AsObject();
        foreach (var (name, section) in expected)
        {
            JsonNode.DeepEquals(exported[name], section).ShouldBeTrue(name);
        }
    }

    [Fact]
    public void A_member_sees_its_own_share_of_the_running_campaign_and_no_contact_details_of_the_others()
    {
        // Given
        var hotel = _store.Businesses.GetAll().Single(b => b.Name == "Hotelli Ounasvaara");
        var service = new PlannerService(new StoreBackend(_store, TimeProvider.System), Session.Member(hotel.Id));

        // When
        var row = new CampaignListModel(service).Rows.ShouldHaveSingleItem();

        // Then
        var show = JsonDocument.Parse(Run("campaign", "show", "2", "--json").Out).RootElement;
        var own = show.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("id").GetInt64() == hotel.Id);
        row.OwnShare!.Value.ToString().ShouldBe(own.GetProperty("gross").GetString());
        var partner = row.Campaign.Participants.First(id => id != hotel.Id);
        service.GetBusiness(partner)!.Contact.Email.ShouldBeNull();
        service.GetBusiness(hotel.Id)!.Contact.Email.ShouldNotBeNull();
    }

    private static void Type(CostItemsModel model, string description, string amount, SplitRule rule)
    {
        model.Add();
        model.Current!.Description = description;
        model.Current.Amount = amount;
        model.Current.Rule = rule;
        model.Changed();
    }

    private CliRun Run(params string[] args) => CliRun.With(CultureInfo.InvariantCulture, [.. args, "--db", _db]);
}
