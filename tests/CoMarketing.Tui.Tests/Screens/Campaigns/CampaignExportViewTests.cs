using System.Text;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

/// <summary>The workspace's export page: file name from the campaign and today, no overwrite without asking, the path shown.</summary>
public sealed class CampaignExportViewTests
{
    [Fact]
    public void I_can_export_a_campaign_and_am_asked_before_a_file_is_replaced()
    {
        // Given the coordinator on the export page of "Revontulten talvi"
        var backend = InMemoryPlannerBackend.Demo();
        var workspace = CampaignScreens.Open(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), 2);
        using var app = new HeadlessApp(workspace, 140, 40);
        workspace.ShowPage(6);
        var page = workspace.Page.ShouldBeOfType<CampaignExportView>();
        var today = DateOnly.FromDateTime(backend.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            // Then the file name comes from the campaign and today, in the documents folder
            page.FileName.Text.ShouldBe($"Revontulten-talvi-{today}.csv");
            app.Screen().ShouldContain("Kansio:");

            // When
            page.Export();

            // Then
            var path = Path.Combine(backend.ExportFolder, $"Revontulten-talvi-{today}.csv");
            page.Message.Text.ShouldBe($"Tallennettu: {path}");
            var first = File.ReadAllText(path, Encoding.UTF8);
            first.ShouldStartWith("csv Finnish Revontulten talvi");
            File.WriteAllText(path, "kept");

            // When the same file is exported again, it is only asked about
            page.Export();

            // Then
            page.Message.Text.ShouldStartWith($"! {path} on jo olemassa. Paina Vie uudelleen");
            File.ReadAllText(path).ShouldBe("kept");

            // When Export is pressed again, the file is replaced
            page.Export();

            // Then
            File.ReadAllText(path, Encoding.UTF8).ShouldBe(first);
            page.Progress.Fraction.ShouldBe(1f);
        }
        finally
        {
            if (Directory.Exists(backend.ExportFolder))
            {
                Directory.Delete(backend.ExportFolder, recursive: true);
            }
        }
    }

    [Fact]
    public void Choosing_Another_Format_And_English_Should_Rename_The_Untyped_File_And_Write_English()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var workspace = CampaignScreens.Open(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish), 1);
        using var app = new HeadlessApp(workspace, 140, 40);
        workspace.ShowPage(6);
        var page = workspace.Page.ShouldBeOfType<CampaignExportView>();
        try
        {
            page.Formats.SelectedItem = 1;
            page.Languages.SelectedItem = 1;
            page.FileName.Text.ShouldEndWith(".md");

            page.Export();

            File.ReadAllText(Path.Combine(backend.ExportFolder, page.FileName.Text)).ShouldStartWith("md English Kevään kaupunkipäivät");
        }
        finally
        {
            if (Directory.Exists(backend.ExportFolder))
            {
                Directory.Delete(backend.ExportFolder, recursive: true);
            }
        }
    }
}
