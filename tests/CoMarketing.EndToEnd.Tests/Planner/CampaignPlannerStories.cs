using System.Globalization;
using System.Text;
using System.Text.Json;
using CoMarketing.EndToEnd.Tests.Infrastructure;
using CoMarketing.EndToEnd.Tests.Tmux;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CoMarketing.EndToEnd.Tests.Planner;

/// <summary>Issue 9's story: a joint campaign planned, split, moved to planned and exported, entirely in the planner.</summary>
public abstract class CampaignPlannerStories : IDisposable
{
    /// <summary>Where the planner's empty database is made: each story runs on both stores (the classes below).</summary>
    protected abstract PlannerStore Store { get; }

    private readonly ComarketingProcess _comarketing = new();

    public void Dispose() => _comarketing.Dispose();

    [Fact]
    public void The_coordinator_plans_splits_and_exports_a_campaign_from_a_group_and_the_files_equal_campaign_show()
    {
        // Given: the demo, the first coordinator, and the best group of three for Kahvila Aalto
        using var planner = Planner.Start(width: 160, height: 45, store: Store);
        planner.LoadDemoAsFirstCoordinator("2468");
        planner.SendKeys("1");
        planner.Wait("45 members");
        planner.SendKeys("/");
        planner.SendText("Kahvila Aalto");
        planner.SendKeys("Enter", "m");
        planner.Wait("Why ");
        planner.SendKeys("g");
        planner.Wait("Best group of 3 partners");
        planner.SendKeys("c");
        planner.Wait("New campaign");

        // When: the details, typed Finnish-style, saved with Ctrl+S
        planner.SendText("Talvikadut");
        planner.SendKeys("Tab", "Tab");
        planner.SendText("300");
        planner.SendKeys("Tab");
        planner.SendText("1.3.2027");
        planner.SendKeys("Tab");
        planner.SendText("31.3.2027");
        planner.SendKeys("C-s");
        planner.Wait("Campaign: Talvikadut");

        // And: a newspaper ad of 1 200 + VAT split equally, a radio spot of 800 split by reach
        planner.SendKeys("C-NPage");
        planner.Wait("Ctrl+N add");
        planner.SendKeys("C-n");
        planner.SendText("Newspaper ad");
        planner.SendKeys("Tab");
        planner.SendText("1 200");
        planner.Wait("1. Newspaper ad  1 200");
        planner.SendKeys("C-n");
        planner.SendText("Radio spot");
        planner.SendKeys("Tab");
        planner.SendText("800");
        planner.SendKeys("Tab", "Tab", "Tab"); // VAT included, VAT %, the rule
        planner.SendText("b"); // "by reach", the first rule starting with b
        planner.Wait("2. Radio spot  800");
        planner.SendKeys("C-s");
        var preview = planner.Wait("Saved.");

        // And: planned, then the exports
        planner.SendKeys("C-NPage");
        planner.Wait("Move to:");
        planner.SendKeys("Enter");
        planner.Wait("Now: planned");
        planner.SendKeys("C-NPage", "C-NPage", "C-NPage", "C-NPage"); // plan, results, advice, export
        planner.Wait("File name:");
        planner.SendText("x");
        planner.Wait(".xlsx");
        planner.SendKeys("Enter");
        planner.Wait("Written: ");
        planner.SendText("c");
        planner.Wait(".csv");
        planner.SendKeys("Enter");
        planner.WaitUntil(s => s.Split('\n').Any(l => l.Contains("Written: ", StringComparison.Ordinal) && l.Contains(".csv", StringComparison.Ordinal)),
            "the CSV written", Planner.Patience);
        planner.SendKeys("C-c");
        planner.WaitForExit(Planner.Patience).ShouldBe(0);

        // Then: the store holds the campaign as typed, and the preview showed every share
        var show = Show(planner);
        show.GetProperty("status").GetString().ShouldBe("planned");
        show.GetProperty("start").GetString().ShouldBe("2027-03-01");
        var items = show.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("rule").GetString()).ShouldBe(["equal", "reach"]);
        items.Select(i => i.GetProperty("net").GetString()).ShouldBe(["1200.00", "800.00"]);
        var participants = show.GetProperty("participants").EnumerateArray().ToList();
        participants.Count.ShouldBe(4);
        participants[0].GetProperty("name").GetString().ShouldBe("Kahvila Aalto");
        foreach (var participant in participants)
        {
            preview.ShouldContain(English(participant.GetProperty("gross").GetString()!), Case.Sensitive, participant.GetProperty("name").GetString());
        }

        // And: the XLSX and the CSV (in the planner's language, English) carry the same shares and references
        var folder = Path.Combine(planner.HomeFolder, "Documents", "CoMarketing");
        using (var document = SpreadsheetDocument.Open(Directory.GetFiles(folder, "Talvikadut-*.xlsx").Single(), false))
        {
            var workbook = document.WorkbookPart!;
            var id = workbook.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == "Participants").Id!.Value!;
            var cells = ((WorksheetPart)workbook.GetPartById(id)).Worksheet!.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
            for (var i = 0; i < participants.Count; i++)
            {
                cells[$"A{i + 2}"].InlineString!.Text!.Text.ShouldBe(participants[i].GetProperty("name").GetString());
                decimal.Parse(cells[$"D{i + 2}"].CellValue!.Text, CultureInfo.InvariantCulture)
                    .ShouldBe(decimal.Parse(participants[i].GetProperty("gross").GetString()!, CultureInfo.InvariantCulture));
                cells[$"I{i + 2}"].InlineString!.Text!.Text.ShouldBe(participants[i].GetProperty("reference").GetString());
            }
        }

        var bytes = File.ReadAllBytes(Directory.GetFiles(folder, "Talvikadut-*.csv").Single());
        bytes.Take(3).ShouldBe(Encoding.UTF8.Preamble.ToArray());
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n");
        foreach (var participant in participants)
        {
            var name = participant.GetProperty("name").GetString()!;
            var row = lines.Single(l => l.StartsWith(name + ",", StringComparison.Ordinal) && l.Split(',').Length == 10).Split(',');
            row[3].ShouldBe(participant.GetProperty("gross").GetString());
            row[5].ShouldBe(participant.GetProperty("balance").GetString());
            row[8].ShouldBe(participant.GetProperty("reference").GetString());
        }
    }

    [Fact]
    public void A_member_sees_its_own_share_of_the_running_campaign_and_not_the_other_members_contact_details()
    {
        // Given: the demo, and Ravintola Revontuli (in the running campaign) with a kiosk PIN
        var database = _comarketing.PathOf("planner.db");
        _comarketing.Run("--db", database, "demo").ExitCode.ShouldBe(0);
        _comarketing.RunWithInput("1357\n", "--db", database, "pin", "set", "Ravintola Revontuli").ExitCode.ShouldBe(0);
        var campaigns = JsonDocument.Parse(_comarketing.Run("--db", database, "campaign", "list", "--json").StdOut).RootElement.EnumerateArray()
            .Select(c => JsonDocument.Parse(_comarketing.Run("--db", database, "campaign", "show", c.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture), "--json").StdOut).RootElement)
            .ToList();
        var mine = campaigns.Where(c => c.GetProperty("participants").EnumerateArray().Any(p => p.GetProperty("name").GetString() == "Ravintola Revontuli")).ToList();
        var share = mine.Single().GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Ravintola Revontuli");

        // When: the member signs in and opens the campaigns
        using var planner = Planner.Start(width: 160, height: 45, database: database);
        planner.Wait("1. Sign in as a member");
        planner.SendKeys("1");
        planner.Wait("/ searches by name");
        planner.SendKeys("/");
        planner.SendText("Ravintola Revontuli");
        planner.SendKeys("Enter");
        planner.Wait("PIN:");
        planner.SendText("1357");
        planner.SendKeys("Enter");
        planner.Wait("3. Campaigns");
        planner.SendKeys("3");
        var list = planner.WaitUntil(
            s => s.Contains("Your share", StringComparison.Ordinal) && !s.Contains("Coming up", StringComparison.Ordinal) && s.Contains(" €", StringComparison.Ordinal),
            "the campaign list drawn over the overview (whose calendar also names campaigns)", Planner.Patience);

        // Then: only its own campaign, with its own share to the cent
        mine.Single().GetProperty("status").GetString().ShouldBe("running");
        var row = list.Split('\n').Single(l => l.Contains(mine.Single().GetProperty("name").GetString()!, StringComparison.Ordinal));
        row.ShouldContain(English(share.GetProperty("gross").GetString()!));
        foreach (var other in campaigns.Except(mine))
        {
            list.ShouldNotContain(other.GetProperty("name").GetString()!);
        }

        // When: another participant's profile
        planner.SendKeys("Escape");
        planner.Wait("1. Businesses");
        planner.SendKeys("1");
        planner.Wait("45 members");
        planner.SendKeys("/");
        planner.SendText("Hotelli Ounasvaara");
        planner.SendKeys("Enter", "Enter");
        var profile = planner.Wait("Hotelli Ounasvaara · read-only");

        // Then: what it offers and reaches, but not who to call
        profile.ShouldContain("@hotelliounasvaara");
        profile.ShouldNotContain("Sari Kemppainen");
        profile.ShouldNotContain("info@");
        profile.ShouldNotContain("Contact person");
        planner.SendKeys("C-c");
        planner.WaitForExit(Planner.Patience).ShouldBe(0);
    }

    [Fact]
    public void In_finnish_the_overview_and_the_campaign_list_count_date_and_sum_the_finnish_way()
    {
        // Given: the planner in Finnish on an empty database
        using var planner = Planner.Start("--lang fi", width: 140, height: 30, store: Store);
        planner.Wait("1. Lataa esimerkkiyhdistys");

        // When: the demo, then the first coordinator's campaign list
        planner.SendKeys("Enter");
        var overview = planner.Wait("Jäseniä: 45");
        planner.SendKeys("G", "Enter");
        planner.Wait("4. Kirjaudu koordinaattorina");
        planner.SendKeys("4");
        planner.Wait("PIN uudelleen");
        planner.SendText("2468");
        planner.SendKeys("Enter");
        planner.SendText("2468");
        planner.SendKeys("Enter");
        planner.Wait("2. Kampanjat");
        planner.SendKeys("2");
        var list = planner.WaitUntil(
            s => s.Contains("Yhteensä (sis. ALV)", StringComparison.Ordinal) && !s.Contains("Tulossa", StringComparison.Ordinal) && s.Contains(" €", StringComparison.Ordinal),
            "the campaign list drawn over the overview (whose calendar also names campaigns)", Planner.Patience);
        planner.SendKeys("C-c");
        planner.WaitForExit(Planner.Patience).ShouldBe(0);

        // Then: Finnish plurals, d.M.yyyy dates and "2 535,90 €" amounts, equal to the command line's figures
        overview.ShouldContain("Kampanjoita: 3 (1 luonnos, 0 suunniteltua, 1 käynnissä, 1 päättynyt)");
        var campaigns = JsonDocument.Parse(_comarketing.Run("--db", planner.Database!, "campaign", "list", "--json").StdOut)
            .RootElement.EnumerateArray().ToList();
        campaigns.Count.ShouldBe(3);
        var finnish = CultureInfo.GetCultureInfo("fi-FI");
        foreach (var campaign in campaigns)
        {
            var row = list.Split('\n').Single(l => l.Contains(campaign.GetProperty("name").GetString()!, StringComparison.Ordinal));
            var start = DateOnly.Parse(campaign.GetProperty("start").GetString()!, CultureInfo.InvariantCulture);
            var end = DateOnly.Parse(campaign.GetProperty("end").GetString()!, CultureInfo.InvariantCulture);
            row.ShouldContain($"{start.Day}.{start.Month}.{start.Year}–{end.Day}.{end.Month}.{end.Year}");
            var gross = decimal.Parse(campaign.GetProperty("gross").GetString()!, CultureInfo.InvariantCulture);
            row.ShouldContain(gross.ToString("#,##0.00", finnish).Replace('\u00a0', ' ') + " €");
        }

        list.ShouldContain("2 535,90 €");
        list.ShouldContain("päättynyt");
    }

    private JsonElement Show(TmuxSession planner)
    {
        var result = _comarketing.Run("--db", planner.Database!, "campaign", "show", "Talvikadut", "--json");
        result.ExitCode.ShouldBe(0, result.StdErr);
        return JsonDocument.Parse(result.StdOut).RootElement;
    }

    /// <summary>"474.62" as the English planner writes it: "474.62 €", "1,506.00 €".</summary>
    private static string English(string amount)
        => decimal.Parse(amount, CultureInfo.InvariantCulture).ToString("#,##0.00", CultureInfo.InvariantCulture) + " €";
}

/// <summary>The stories on a LiteDB file in the session's home.</summary>
public sealed class CampaignPlannerStoriesOnLiteDb : CampaignPlannerStories
{
    protected override PlannerStore Store => PlannerStore.LiteDb;
}

/// <summary>The same stories on a new association of the PostgreSQL test server.</summary>
public sealed class CampaignPlannerStoriesOnPostgres : CampaignPlannerStories
{
    protected override PlannerStore Store => PlannerStore.Postgres;
}
