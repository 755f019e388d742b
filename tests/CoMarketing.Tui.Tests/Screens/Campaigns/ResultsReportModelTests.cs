using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Reports.Results;
using CoMarketing.Reports.Exports.Results;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Campaigns;

public sealed class ResultsReportModelTests
{
    /// <summary>What <c>comarketing report --period P --json</c> builds: every running or finished campaign and its split.</summary>
    private static ResultsReport Cli(InMemoryPlannerBackend backend, ResultPeriod period, DateOnly? from = null, DateOnly? to = null)
    {
        var settings = backend.GetAssociation();
        var campaigns = backend.GetCampaigns()
            .Where(c => c.Status is CampaignStatus.Running or CampaignStatus.Finished)
            .Select(c => new ReportCampaign(c, CampaignSplit.Split(c, backend.GetBusinesses(), settings)));
        return ResultsReportBuilder.Build(campaigns, period, from, to);
    }

    private static string Json(ResultsReport report)
        => ReportJsonWriter.Write(new ReportDocument(report, "Yhdistys", new DateOnly(2027, 3, 1), ReportLabels.Finnish));

    [Theory]
    [InlineData(ResultPeriod.Week)]
    [InlineData(ResultPeriod.Month)]
    [InlineData(ResultPeriod.Quarter)]
    public void The_Report_Views_Totals_Equal_ResultsReportBuilders_As_The_Command_Line_Writes_Them(ResultPeriod period)
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var model = new ResultsReportModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish)) { Period = period };

        // When
        model.Refresh().ShouldBeTrue();

        // Then
        var cli = Cli(backend, period);
        Json(model.Report).ShouldBe(Json(cli));
        model.Report.Periods.Select(p => p.Metrics).ShouldBe(cli.Periods.Select(p => p.Metrics));
        model.Report.Campaigns.Select(c => c.Id).ShouldBe([1L, 2L]);
        model.Report.Total.Funnel.NewCustomers.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void The_Monthly_Lines_Show_Each_Months_Figures_In_Finnish()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var model = new ResultsReportModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish));

        // When
        var lines = ResultsReportText.Lines(model);

        // Then
        var february = model.Report.Periods.Single(p => p.Start == new DateOnly(2027, 2, 1)).Metrics;
        var line = lines.Single(l => l.StartsWith("helmikuu 2027 ", StringComparison.Ordinal));
        line.ShouldContain(model.Format.People(february.Funnel.Reached));
        line.ShouldContain(model.Format.Euros(february.AcquisitionCost!.Value));
        line.ShouldContain(model.Format.Euros(february.CustomerValue!.Value));
        line.ShouldContain(ResultsFigures.Percent(february.Roi, model.Format));
        lines[0].ShouldStartWith("Tulosraportti kuukausittain 1.10.2026–");
        lines.ShouldContain("Kampanjoittain");
        line.ShouldMatch(@"\d+,\d %|– ");
    }

    [Fact]
    public void A_Member_Sees_The_Report_Of_Its_Own_Campaigns_Only()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var hotel = backend.Named("Hotelli Ounasvaara").Id;
        var model = new ResultsReportModel(new PlannerService(backend, Session.Member(hotel)));
        model.OwnCampaignsOnly.ShouldBeTrue();
        model.Report.Campaigns.Select(c => c.Name).ShouldBe(["Revontulten talvi"]);
        ResultsReportText.Lines(model)[1].ShouldBe("Your own campaigns only.");
    }

    [Fact]
    public void A_Range_Narrows_The_Report_As_From_And_To_Do_On_The_Command_Line()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var model = new ResultsReportModel(new PlannerService(backend, Session.Coordinator)) { From = "1.11.2026", To = "2026-12-15" };
        model.Refresh().ShouldBeTrue();
        Json(model.Report).ShouldBe(Json(Cli(backend, ResultPeriod.Month, new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 15))));
        model.Report.Periods.Select(p => p.Start).ShouldBe([new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1)]);
    }

    [Theory]
    [InlineData("31.2.2027", "", ResultsReportModel.FromField, "'31.2.2027' is not a date; write it like 1.3.2027 or 2027-03-01.")]
    [InlineData("2027-03-01", "2027-02-01", ResultsReportModel.ToField, "The report cannot start (2027-03-01) after it ends (2027-02-01).")]
    public void A_Bad_Range_Is_Refused_At_Its_Field_And_The_Last_Report_Kept(string from, string to, string field, string message)
    {
        var backend = InMemoryPlannerBackend.Demo();
        var model = new ResultsReportModel(new PlannerService(backend, Session.Coordinator));
        var before = model.Report;
        model.From = from;
        model.To = to;
        model.Refresh().ShouldBeFalse();
        model.Errors[field].ShouldBe(message);
        model.Report.ShouldBeSameAs(before);
    }
}
