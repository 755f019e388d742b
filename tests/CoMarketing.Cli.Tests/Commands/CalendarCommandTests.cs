using System.Text.Json;

namespace CoMarketing.Cli.Tests.Commands;

public sealed class CalendarCommandTests
{
    [Fact]
    public void Calendar_Json_Should_Be_An_Array_Of_Entries_Sorted_By_Date()
    {
        // When
        var run = CliRun.Of("calendar", "2027", "--json");

        // Then
        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBeEmpty();
        var entries = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("date").GetString()).ShouldBeInOrder();
        var midsummer = entries.Single(e => e.GetProperty("name").GetString() == "Midsummer Eve");
        midsummer.EnumerateObject().Select(p => p.Name).ShouldBe(["date", "end", "kind", "name", "nameFi"]);
        midsummer.GetProperty("date").GetString().ShouldBe("2027-06-25");
        midsummer.GetProperty("end").ValueKind.ShouldBe(JsonValueKind.Null);
        midsummer.GetProperty("kind").GetString().ShouldBe("holiday");
        midsummer.GetProperty("nameFi").GetString().ShouldBe("Juhannusaatto");
        var summerSales = entries.Single(e => e.GetProperty("name").GetString() == "Summer sales");
        summerSales.GetProperty("kind").GetString().ShouldBe("season");
        summerSales.GetProperty("end").GetString().ShouldBe("2027-07-31");
        entries.Select(e => e.GetProperty("kind").GetString()).Distinct().Order().ShouldBe(["event", "holiday", "season"]);
    }

    [Fact]
    public void Calendar_Should_Print_A_Table_With_Finnish_Names()
    {
        var run = CliRun.Of("calendar", "2027");
        run.ExitCode.ShouldBe(0);
        run.Out.ShouldContain("2027-11-06  Sat");
        run.Out.ShouldContain("Pyhäinpäivä");
    }

    [Fact]
    public void A_Year_Out_Of_Range_Should_Exit_1_With_One_Line()
    {
        var run = CliRun.Of("calendar", "1200", "--json");
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldBeEmpty();
        run.ErrorLines.ShouldBe(["Year must be between 1583 and 9999, got 1200."]);
    }

    [Fact]
    public void A_Year_That_Is_Not_A_Number_Should_Be_A_Usage_Error()
    {
        CliRun.Of("calendar", "next").ExitCode.ShouldBe(2);
    }
}
