using System.Globalization;
using System.Text.Json;

namespace CoMarketing.Cli.Tests.Commands;

public sealed class SplitCommandTests
{
    private const string DesignExample = """
        {
          "currency": "EUR",
          "population": 60000,
          "participants": [
            { "id": "cafe", "name": "Kahvila Aalto", "reach": 4000, "weight": 1, "percent": null, "amount": null },
            { "id": "shop", "name": "Kenkäkauppa", "reach": 5000 },
            { "id": "gym", "name": "Kuntosali", "reach": 3000 }
          ],
          "items": [
            { "description": "Newspaper ad", "net": "1200.00", "vatRate": "25.5", "rule": "equal", "paidBy": "association" },
            { "description": "Radio", "net": "95.00", "rule": "equal", "paidBy": "shop", "among": ["cafe", "gym", "shop"] }
          ]
        }
        """;

    private static JsonElement SplitJson(string json)
    {
        var run = CliRun.Of("split", "--input", CliRun.InputFile(json), "--json");
        run.Error.ShouldBeEmpty();
        run.ExitCode.ShouldBe(0);
        return JsonDocument.Parse(run.Out).RootElement;
    }

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public void Split_Json_Should_Have_The_Documented_Shape()
    {
        // When
        var root = SplitJson(DesignExample);

        // Then
        Names(root).ShouldBe(["currency", "items", "participants", "reach", "transfers"]);
        Names(root.GetProperty("items")[0]).ShouldBe(["description", "rule", "net", "vat", "gross"]);
        var cafe = root.GetProperty("participants")[0];
        Names(cafe).ShouldBe(["id", "name", "items", "net", "vat", "gross", "paid", "balance", "ownReach", "newReach", "reference", "rfReference"]);
        Names(cafe.GetProperty("items")[0]).ShouldBe(["net", "vat", "gross"]);
        Names(root.GetProperty("reach")).ShouldBe(["population", "combined"]);
        Names(root.GetProperty("transfers")[0]).ShouldBe(["from", "to", "amount"]);
    }

    [Fact]
    public void Split_Json_Should_Carry_Exact_Amounts_As_Strings_And_Whole_People()
    {
        // When
        var root = SplitJson(DesignExample);

        // Then the newspaper ad is 400.00 + 102.00 each; the radio's odd cent (k = 1) goes to the second sharer first
        var item = root.GetProperty("items")[0];
        (item.GetProperty("net").GetString(), item.GetProperty("vat").GetString(), item.GetProperty("gross").GetString())
            .ShouldBe(("1200.00", "306.00", "1506.00"));
        var participants = root.GetProperty("participants").EnumerateArray().ToList();
        participants.Select(p => p.GetProperty("items")[0].GetProperty("gross").GetString()).ShouldBe(["502.00", "502.00", "502.00"]);
        participants.Select(p => p.GetProperty("items")[1].GetProperty("net").GetString()).ShouldBe(["31.66", "31.67", "31.67"]);
        participants.Select(p => p.GetProperty("paid").GetString()).ShouldBe(["0.00", "119.23", "0.00"]);
        participants.Select(p => p.GetProperty("balance").GetString()).ShouldBe(["-541.73", "-422.52", "-541.75"]);
        participants[0].GetProperty("ownReach").GetInt64().ShouldBe(4000);

        // 60000 × (1 − 56/60 × 55/60 × 57/60) = 11 233.3…
        root.GetProperty("reach").GetProperty("combined").GetInt64().ShouldBe(11_233);
        participants.Select(p => p.GetProperty("newReach").GetInt64()).ShouldBe([7233, 6233, 8233]);
        participants.Select(p => p.GetProperty("reference").GetString()).ShouldBe(["10016", "10029", "10032"]);
        participants[0].GetProperty("rfReference").GetString().ShouldBe("RF0810016");
        root.GetProperty("transfers").EnumerateArray()
            .Select(t => $"{t.GetProperty("from").GetString()}->{t.GetProperty("to").GetString()} {t.GetProperty("amount").GetString()}")
            .ShouldBe(["gym->association 541.75", "cafe->association 541.73", "shop->association 422.52"]);
    }

    [Fact]
    public void Split_Should_Apply_The_Documented_Defaults()
    {
        // Given no vatRate, paidBy, among, rule or population
        var root = SplitJson("""{ "participants": [ { "id": "a" }, { "id": "b" } ], "items": [ { "net": "100.00" } ] }""");

        // Then 25.5 % VAT, equal split, paid by the association, no population given
        root.GetProperty("items")[0].GetProperty("vat").GetString().ShouldBe("25.50");
        root.GetProperty("items")[0].GetProperty("rule").GetString().ShouldBe("equal");
        root.GetProperty("participants")[1].GetProperty("name").GetString().ShouldBe("b");
        root.GetProperty("reach").GetProperty("population").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("transfers").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public void Split_Should_Print_Tables_For_People()
    {
        // When
        var run = CliRun.With(CultureInfo.GetCultureInfo("en-US"), "split", "--input", CliRun.InputFile(DesignExample));

        // Then
        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBeEmpty();
        run.Out.ShouldContain("Newspaper ad");
        run.Out.ShouldContain("1,506.00");
        run.Out.ShouldContain("combined unique reach 11,233 people");
        run.Out.ShouldContain("RF0810016");
        run.Out.ShouldContain("gym   association  541.75");
    }

    private const string Two = """[ { "id": "a", "reach": 100 }, { "id": "b", "reach": 200 } ]""";

    [Theory]
    [InlineData("""{ "participants": TWO, "items": [ { "net": "1.00", "rule": "halves" } ] }""",
        "items[0].rule: unknown rule 'halves'; use one of equal, shares, percent, exact, reach, benefit")]
    [InlineData("""{ "participants": TWO, "items": [ { "net": "1.00", "rule": "percent", "percents": { "a": 40, "b": 50 } } ] }""",
        "items[0].percents: percentages total 90, must total 100")]
    [InlineData("""{ "participants": TWO, "items": [ { "net": "1200.00", "rule": "exact", "amounts": { "a": "500.00", "b": "600.00" } } ] }""",
        "items[0].amounts: amounts total 1100.00, must total the item's net 1200.00")]
    [InlineData("""{ "participants": [ { "id": "a", "reach": -5 } ] }""",
        "participants[0].reach: cannot be negative, got -5")]
    [InlineData("""{ "population": 150, "participants": TWO }""",
        "participants[1].reach: 200 is above the population 150")]
    [InlineData("""{ "participants": TWO, "items": [ { "net": "1.00", "paidBy": "bank" } ] }""",
        "items[0].paidBy: unknown payer 'bank'; use a participant id or 'association'")]
    [InlineData("""{ "participants": TWO, "items": [ { "net": "1.00" }, { "net": "1.00", "among": ["a", "zz"] } ] }""",
        "items[1].among: unknown participant 'zz'")]
    [InlineData("""{ "participants": TWO, "items": [ { "net": "12,3.4" } ] }""",
        "items[0].net: '12,3.4' is not an amount; write it like 1234.50 or 1 234,50")]
    [InlineData("""{ "participants": TWO, "items": [ { "net": "1.005" } ] }""",
        "items[0].net: '1.005' has more than two decimals; amounts are in whole cents")]
    [InlineData("""{ "participants": TWO, "items": [ { "description": "x" } ] }""",
        "items[0].net: is required: the net amount, e.g. \"1200.00\"")]
    [InlineData("""{ "participants": TWO, "items": [ { "net": "1.00", "vatRate": "120" } ] }""",
        "items[0].vatRate: VAT rate must be between 0 and 100, got 120")]
    [InlineData("""{ "participants": TWO, "items": [ { "net": "1.00", "amonng": ["a"] } ] }""",
        "items[0].amonng: unknown field; expected one of description, net, vatRate, rule, paidBy, among, weights, percents, amounts")]
    [InlineData("""{ "participants": [ { "id": "a", "reach": 1.5 } ] }""",
        "participants[0].reach: must be a whole number of people, got 1.5")]
    [InlineData("""{ "items": [] }""",
        "participants: is required: list the participants")]
    [InlineData("""{ "participants": TWO, "items": [ { "net": "1.00", "rule": "shares", "weights": { "a": "two" } } ] }""",
        "items[0].weights.a: must be a number, got the string \"two\"")]
    [InlineData("""[ 1, 2 ]""",
        "input: must be an object, got an array")]
    public void Invalid_Input_Should_Exit_1_With_One_Line_Naming_The_Field(string json, string message)
    {
        // When
        var run = CliRun.Of("split", "--input", CliRun.InputFile(json.Replace("TWO", Two, StringComparison.Ordinal)), "--json");

        // Then
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldBeEmpty();
        run.ErrorLines.ShouldBe([message]);
    }

    [Theory]
    [InlineData("""{ "participants": [ { "id": "a" } ], }""")]
    [InlineData("""{ "participants": [ { "id": "a" } ] """)]
    [InlineData("not json")]
    public void Malformed_Json_Should_Exit_1_With_One_Line_Naming_The_File(string json)
    {
        var path = CliRun.InputFile(json);
        var run = CliRun.Of("split", "--input", path);
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldBeEmpty();
        run.ErrorLines.Length.ShouldBe(1);
        run.ErrorLines[0].ShouldStartWith($"--input: '{path}' is not valid JSON at line");
    }

    [Fact]
    public void A_Missing_File_Should_Exit_1_With_One_Line()
    {
        var run = CliRun.Of("split", "--input", "/no/such/dir/split.json", "--json");
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldBeEmpty();
        run.ErrorLines.ShouldBe(["--input: no such file '/no/such/dir/split.json'"]);
    }

    [Fact]
    public void A_Missing_Input_Option_Should_Be_A_Usage_Error()
    {
        var run = CliRun.Of("split");
        run.ExitCode.ShouldBe(2);
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Split_Should_Number_References_From_The_Inputs_Reference_Base_And_Settle_Via_The_Association_When_Asked()
    {
        // Given the design example with referenceBase 5000 and settlement via the association
        var json = DesignExample.Replace("\"currency\": \"EUR\",", "\"currency\": \"EUR\", \"referenceBase\": 5000, \"settlement\": \"via-association\",", StringComparison.Ordinal);

        // When
        var root = SplitJson(json);

        // Then references are 5001…5003 with check digits, and each member has one transfer: its whole balance
        var participants = root.GetProperty("participants").EnumerateArray().ToList();
        participants.Select(p => p.GetProperty("reference").GetString()).ShouldBe(["50018", "50021", "50034"]);
        var transfers = root.GetProperty("transfers").EnumerateArray().ToList();
        transfers.Count.ShouldBe(3);
        foreach (var p in participants)
        {
            var balance = Core.Finance.Money.Parse(p.GetProperty("balance").GetString());
            var transfer = transfers.Single(t => t.GetProperty("from").GetString() == p.GetProperty("id").GetString() || t.GetProperty("to").GetString() == p.GetProperty("id").GetString());
            Core.Finance.Money.Parse(transfer.GetProperty("amount").GetString()).Cents.ShouldBe(Math.Abs(balance.Cents));
            transfer.GetProperty(balance.Cents < 0 ? "to" : "from").GetString().ShouldBe("association");
        }
    }

    [Theory]
    [InlineData("\"settlement\": \"hub\",", "settlement: unknown settlement 'hub'")]
    [InlineData("\"referenceBase\": -5,", "referenceBase: cannot be negative")]
    public void Split_Should_Refuse_A_Bad_Settlement_Or_Reference_Base(string field, string message)
    {
        var run = CliRun.Of("split", "--input", CliRun.InputFile(DesignExample.Replace("\"currency\": \"EUR\",", "\"currency\": \"EUR\", " + field, StringComparison.Ordinal)));
        run.ExitCode.ShouldBe(1);
        run.Out.ShouldBeEmpty();
        run.ErrorLines[0].ShouldStartWith(message);
    }
}
