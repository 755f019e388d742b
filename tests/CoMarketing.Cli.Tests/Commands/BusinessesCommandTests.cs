using System.Globalization;
using System.Text.Json;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using CoMarketing.Storage;

namespace CoMarketing.Cli.Tests.Commands;

public sealed class BusinessesCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Json_Should_Carry_The_Contract_Fields_And_No_Contact_Details()
    {
        // Given
        var path = Path.Combine(_folder, "b.db");
        var store = Store.Open(path, TimeProvider.System);
        store.Businesses.Add(
            new Business(
                0, "Kahvila Äänekäs", BusinessId.Parse("2077474-0"), IndustryCode.Parse("56101"), ["kahvi"], MunicipalityCode.Parse("698"), null,
                CustomerType.Both, new ContactInfo("Aino", "aino@kahvila.fi", "040 1234567"), "salainen muistiinpano", false,
                new Audience(AgeDistribution.Parse("25-34:1"), [InterestTag.Parse("ruoka")], [], ActiveMonths.Parse("6-8"), 10, false),
                [new Channel(ChannelKind.Instagram, "@kahvila", 8200, 0.03, Money.Zero)]),
            Actor.Coordinator);
        var output = new StringWriter();
        var environment = new CliEnvironment(output, TextWriter.Null, _ => null, TimeProvider.System, CultureInfo.InvariantCulture);

        // When
        var code = CliApplication.Run(["businesses", "--json", "--db", path], environment);

        // Then
        code.ShouldBe(ExitCodes.Success);
        var business = JsonDocument.Parse(output.ToString()).RootElement.EnumerateArray().ShouldHaveSingleItem();
        business.GetProperty("name").GetString().ShouldBe("Kahvila Äänekäs");
        business.GetProperty("businessId").GetString().ShouldBe("2077474-0");
        business.GetProperty("industry").GetString().ShouldBe("56101");
        business.GetProperty("municipality").GetString().ShouldBe("698");
        business.GetProperty("customerType").GetString().ShouldBe("both");
        business.GetProperty("ages").GetProperty("25-34").GetDouble().ShouldBe(1);
        business.GetProperty("months").EnumerateArray().Select(m => m.GetInt32()).ShouldBe([6, 7, 8]);
        business.GetProperty("channels")[0].GetProperty("kind").GetString().ShouldBe("instagram");
        business.GetProperty("channels")[0].GetProperty("audienceSize").GetInt32().ShouldBe(8200);
        output.ToString().ShouldNotContain("aino");
        output.ToString().ShouldNotContain("salainen");
        output.ToString().ShouldNotContain("1234567");
    }
}
