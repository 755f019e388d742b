using System.Globalization;

namespace CoMarketing.Cli.Tests.Commands;

/// <summary>Hostile <c>split --input</c> documents: exit 1, one line naming the field or line, nothing on stdout.</summary>
public sealed class HostileSplitInputTests
{
    private const string Two = """{ "id": "cafe", "reach": 4000 }, { "id": "shop", "reach": 5000, "weight": WEIGHT }""";

    [Theory]
    [InlineData("""{ "participants": [ { "id": "\ud800" } ] }""", "participants[0].id: contains an invalid character (a lone surrogate")]
    [InlineData("""{ "participants": [ { "\udc00": 1 } ] }""", "participants[0].(field 1): contains an invalid character")]
    [InlineData("""{ "participants": [ { "id": "a" } ], "items": [ { "net": "１２" } ] }""", "items[0].net: '１２' is not an amount")]
    [InlineData("""{ "participants": [ { "id": "a", "id": "b" } ] }""", "participants[0].id: is given twice")]
    [InlineData("""{ "participants": [ { "id": "a" } ], "participants": [] }""", "participants: is given twice")]
    [InlineData("""{ "participants": [ { "id": "a", "reach": 9223372036854775808 } ] }""", "participants[0].reach: must be at most 1 000 000 000 people, got 9223372036854775808")]
    [InlineData("""{ "participants": [ { "id": "a", "reach": 1000000001 } ] }""", "participants[0].reach: must be at most 1 000 000 000 people, got 1000000001")]
    [InlineData("""{ "participants": [ { "id": "a", "percent": 1e308 } ] }""", "participants[0].percent: must be a number between")]
    [InlineData("""{ "participants": [ { "id": "a", "percent": 101 } ] }""", "participants[0].percent: must be a percentage from 0 to 100")]
    [InlineData("""{ "participants": [ { "id": "a" } ], "items": [ { "net": "1000000000000.00" } ] }""", "items[0].net: '1000000000000.00' is too large an amount")]
    public void A_hostile_document_Should_Exit_1_With_One_Line_Naming_The_Field(string json, string expected)
        => Refused(json, expected);

    [Theory]
    [InlineData("9223372036854775808", "participants[1].weight: must be a number between")]
    [InlineData("1e308", "participants[1].weight: must be a number between")]
    [InlineData("1000001", "participants[1].weight: must be a weight from 0 to 1 000 000")]
    public void A_weight_That_Would_Overflow_Should_Be_Refused(string weight, string expected)
        => Refused($$"""{ "participants": [ {{Two.Replace("WEIGHT", weight, StringComparison.Ordinal)}} ], "items": [ { "net": "100.00", "rule": "shares" } ] }""", expected);

    [Fact]
    public void A_trailing_comma_Should_Name_The_Line_And_The_Fix()
    {
        var json = "{\n  \"participants\": [\n    { \"id\": \"cafe\" },\n    { \"id\": \"shop\" },\n  ]\n}";

        Refused(json, "line 5: remove the comma before ]");
    }

    [Fact]
    public void A_trailing_comma_In_An_Object_Should_Name_The_Brace()
        => Refused("{ \"participants\": [ { \"id\": \"cafe\", } ] }", "line 1: remove the comma before }");

    [Fact]
    public void More_than_500_participants_Should_Be_Refused_Before_Any_Split()
    {
        var many = string.Join(", ", Enumerable.Range(0, 501).Select(i => string.Create(CultureInfo.InvariantCulture, $$"""{ "id": "p{{i}}", "reach": 10 }""")));

        Refused($$"""{ "population": 60000, "participants": [ {{many}} ], "items": [ { "net": "100.00", "rule": "reach" } ] }""", "participants: lists 501 participants; at most 500 are allowed");
    }

    [Fact]
    public void A_name_Over_100_Characters_Should_Be_Refused()
        => Refused($$"""{ "participants": [ { "id": "a", "name": "{{new string('n', 101)}}" } ] }""", "participants[0].name: is 101 characters long; at most 100");

    [Fact]
    public void Invalid_utf8_Should_Be_Refused_Naming_The_File()
    {
        var path = Path.Combine(Path.GetTempPath(), $"comarketing-split-{Guid.NewGuid():N}.json");
        File.WriteAllBytes(path, [.. "{ \"participants\": [ { \"id\": \"M"u8, 0xE4, .. "nty\" } ] }"u8]);

        var run = CliRun.Of("split", "--input", path);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("is not UTF-8 text (invalid byte at position 31)");
    }

    [Fact]
    public void An_empty_file_Should_Be_Refused_In_Words()
    {
        var run = CliRun.Of("split", "--input", CliRun.InputFile(string.Empty));

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldEndWith("is empty or not a regular file");
    }

    [Fact]
    public void A_folder_Should_Be_Refused_Without_Opening_It()
    {
        var run = CliRun.Of("split", "--input", Path.GetTempPath());

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("is a folder, not a file");
    }

    [Fact]
    public async Task A_fifo_With_No_Writer_Should_Be_Refused_Without_Blocking()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fifo = Path.Combine(Path.GetTempPath(), $"comarketing-fifo-{Guid.NewGuid():N}");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        try
        {
            var run = await Task.Run(() => CliRun.Of("split", "--input", fifo)).WaitAsync(TimeSpan.FromSeconds(30));
            run.ExitCode.ShouldBe(1);
            run.Error.ShouldContain("is empty or not a regular file");
        }
        finally
        {
            File.Delete(fifo);
        }
    }

    [Fact]
    public void A_device_Should_Be_Refused_Without_Reading_Forever()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var run = CliRun.Of("split", "--input", "/dev/zero");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("'/dev/zero' is empty or not a regular file");
    }

    private static void Refused(string json, string expected)
    {
        var run = CliRun.Of("split", "--input", CliRun.InputFile(json));

        run.ExitCode.ShouldBe(1);
        run.Out.ShouldBeEmpty();
        run.ErrorLines.Length.ShouldBe(1);
        run.Error.ShouldContain(expected);
    }
}
