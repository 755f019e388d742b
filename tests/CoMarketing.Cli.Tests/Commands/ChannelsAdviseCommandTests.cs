using System.Globalization;
using System.Text.Json;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Demo;
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;

namespace CoMarketing.Cli.Tests.Commands;

public sealed class ChannelsAdviseCommandTests : IDisposable
{
    private static readonly DateOnly Today = new(2027, 3, 14);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly string _db;

    public ChannelsAdviseCommandTests()
    {
        _db = Path.Combine(_folder, "demo.db");
        DemoInstaller.Install(Store.Open(_db, TimeProvider.System), DemoAssociation.Build(Today), replace: false, Actor.CommandLine, TimeProvider.System);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Advise_Json_Should_Count_Own_Accounts_Free_And_Keep_The_Mix_Within_The_Budget()
    {
        // When
        var run = Run("channels", "advise", "--partners", "Kotipalvelu Hoivahelmi, Optiikka Näkö, 44", "--budget", "1 500,00", "--json", "--lang", "en");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        var root = JsonDocument.Parse(run.Out).RootElement;
        root.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["Kotipalvelu Hoivahelmi", "Optiikka Näkö", "Kemin Kalaliike"]);
        root.GetProperty("budget").GetString().ShouldBe("1500.00");
        var mix = root.GetProperty("mix").EnumerateArray().ToList();
        var free = mix.TakeWhile(l => l.GetProperty("free").GetBoolean()).ToList();
        free.Count.ShouldBe(root.GetProperty("ownAccounts").GetArrayLength());
        free.ShouldAllBe(l => l.GetProperty("cost").GetString() == "0.00");
        mix.Skip(free.Count).ShouldAllBe(l => !l.GetProperty("free").GetBoolean());
        mix.Sum(l => decimal.Parse(l.GetProperty("cost").GetString()!, CultureInfo.InvariantCulture)).ShouldBeLessThanOrEqualTo(1500m);
        mix.Skip(free.Count).First().GetProperty("kind").GetString().ShouldNotBeOneOf("tiktok", "instagram");
        root.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()).ShouldContain(w => w!.StartsWith("TikTok: most of your customers are 55+; only 18 % are under 35", StringComparison.Ordinal));
        root.GetProperty("reach").GetInt64().ShouldBeGreaterThanOrEqualTo(root.GetProperty("freeReach").GetInt64());
    }

    [Fact]
    public void Advise_Should_Explain_A_Campaigns_Channels_In_Finnish()
    {
        // When
        var run = Run("channels", "advise", "Kevään kaupunkipäivät", "--budget", "2000", "--lang", "fi");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.Success, run.Error);
        run.Out.ShouldStartWith("Kanavasuositus: Kevään kaupunkipäivät (Kahvila Aalto, Kirjakauppa Lukunurkka, Kukkakauppa Kielo, Vaatekauppa Pohjantähti), budjetti 2\u00a0000,00 €");
        run.Out.ShouldContain("Ensin omat tilinne (maksutta)");
        run.Out.ShouldContain("  - Kahvila Aalto, Instagram @kahvila.aalto: tavoittaa 8 200 ihmistä, joista noin ");
        run.Out.ShouldContain("yhteisistä asiakkaistanne on");
        run.Out.ShouldContain("Suositus tavoittaa noin ");
    }

    [Theory]
    [InlineData("channels", "advise")]
    [InlineData("channels", "advise", "Kevään kaupunkipäivät", "--partners", "Kahvila Aalto")]
    public void Advise_Should_Be_A_Usage_Error_Without_Exactly_One_Of_Campaign_Or_Partners(params string[] args)
    {
        var run = Run(args);
        run.ExitCode.ShouldBe(ExitCodes.Usage);
        run.Error.ShouldContain("Name either a campaign or --partners A,B,C");
        run.Out.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("--budget", "lots", "--budget:")]
    [InlineData("--budget", "-5", "--budget cannot be negative")]
    [InlineData("--partners", "Ei Ole Olemassa", "No business matches 'Ei Ole Olemassa'")]
    [InlineData("--partners", "Kahvila Aalto,1", "--partners names Kahvila Aalto twice")]
    [InlineData("--partners", " , ", "--partners is empty")]
    public void Advise_Should_Refuse_Bad_Input_With_A_Clear_Message(string option, string value, string message)
    {
        // When
        var run = option == "--budget"
            ? Run("channels", "advise", "--partners", "Kahvila Aalto", "--budget", value)
            : Run("channels", "advise", option, value);

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain(message);
        run.Out.ShouldBeEmpty();
    }

    [Fact]
    public void Advise_Should_Name_An_Unknown_Campaign()
    {
        var run = Run("channels", "advise", "Ei tällaista");
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.Error.ShouldContain("There is no campaign 'Ei tällaista'");
    }

    private CliRun Run(params string[] args) => CliRun.With(CultureInfo.InvariantCulture, [.. args, "--db", _db]);
}
