using System.Text.Json;
using CoMarketing.Core.Association;
using CoMarketing.Storage;

namespace CoMarketing.Cli.Tests.Commands;

/// <summary>
/// <c>settings --federation-sharing</c> and <c>match --federation</c> as a coordinator types them: on a file (no
/// federation, said so) and on the test server named by <c>COMARKETING_TEST_PG</c> with four demo associations.
/// </summary>
public sealed class FederationMatchCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"comarketing-federation-{Guid.NewGuid():N}");
    private readonly List<string> _servers = [];

    public FederationMatchCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        foreach (var server in _servers)
        {
            // Nothing of this test stays shared on the server for later runs.
            CliRun.Of("settings", "--db", server, "--federation-sharing", "none");
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void I_can_choose_what_my_association_shares_and_how_the_federation_reaches_me()
    {
        var file = Path.Combine(_folder, "yhdistys.db");

        var run = CliRun.Of("settings", "--db", file, "--federation-sharing", "profiles", "--coordinator-name", "Kaisa Koordinaattori", "--coordinator-email", "kaisa@yrittajat.fi");

        (run.ExitCode, run.Error).ShouldBe((ExitCodes.Success, string.Empty));
        run.Out.ShouldContain("Federation:       profiles");
        run.Out.ShouldContain("Coordinator:      Kaisa Koordinaattori, kaisa@yrittajat.fi");
        run.Out.ShouldContain("This database is a file holding one association, so it has no federation to share with");
        var store = Store.Open(file, TimeProvider.System);
        store.Association.Get().FederationSharing.ShouldBe(FederationSharing.Profiles);
        store.Audit.Recent(1).Single().Action.ShouldBe("association.update");
    }

    [Theory]
    [InlineData("everything", "--federation-sharing: 'everything' is not a tier; use none, counts, profiles or contacts.")]
    [InlineData("counts", "--federation-sharing counts: the other associations need a way to reach the coordinator; give --coordinator-email or --coordinator-phone too.")]
    public void Sharing_Without_A_Valid_Tier_Or_A_Way_To_Reach_The_Coordinator_Should_Exit_1_And_Save_Nothing(string tier, string message)
    {
        var file = Path.Combine(_folder, "yhdistys.db");

        var run = CliRun.Of("settings", "--db", file, "--federation-sharing", tier);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines.ShouldHaveSingleItem().ShouldBe(message);
        Store.Open(file, TimeProvider.System).Association.Get().FederationSharing.ShouldBe(FederationSharing.None);
    }

    [Fact]
    public void Matching_Across_The_Federation_On_A_File_Should_Say_There_Is_None_And_Rank_The_Own_Members()
    {
        var file = Path.Combine(_folder, "yhdistys.db");
        CliRun.Of("demo", "--db", file).ExitCode.ShouldBe(ExitCodes.Success);

        var run = CliRun.Of("match", "Arktiset Yrtit", "--db", file, "--federation", "--lang", "en");

        run.ExitCode.ShouldBe(ExitCodes.Success);
        run.ErrorLines.ShouldHaveSingleItem().ShouldBe("This database is a file holding one association, so there is no federation to search; only its own members are ranked.");
        run.Out.ShouldStartWith("Partners for Arktiset Yrtit");
        run.Out.ShouldNotContain("member of ");
    }

    [Fact]
    public void I_can_find_partners_in_other_associations_on_Postgres_only_as_far_as_each_shares()
    {
        // Given: four copies of the demo association on the server, sharing profiles, contacts, nothing, counts
        var a = Association("profiles", "a@yhdistys-a.fi");
        var b = Association("contacts", "b@yhdistys-b.fi");
        var c = Association(null, null);
        var d = Association("counts", "d@yhdistys-d.fi");

        // When
        var fromA = CliRun.Of("match", "Arktiset Yrtit", "--db", a.Server, "--federation", "--all", "--top", "200", "--json");
        var fromB = CliRun.Of("match", "Arktiset Yrtit", "--db", b.Server, "--federation", "--all", "--top", "200", "--json");
        var textA = CliRun.Of("match", "Arktiset Yrtit", "--db", a.Server, "--federation", "--top", "200", "--lang", "en");

        // Then: A sees its own members and B's with their contacts, nothing of C or D
        (fromA.ExitCode, fromA.Error).ShouldBe((ExitCodes.Success, string.Empty));
        var hits = JsonDocument.Parse(fromA.Out).RootElement.EnumerateArray().ToList();
        hits.ShouldContain(h => Key(h) == null);
        var fromBHits = hits.Where(h => Key(h) == b.Key).ToList();
        fromBHits.ShouldNotBeEmpty();
        fromBHits.ShouldAllBe(h => h.GetProperty("coordinator").GetProperty("email").GetString() == "b@yhdistys-b.fi");
        fromBHits.ShouldContain(h => h.GetProperty("contact").GetProperty("email").GetString()!.StartsWith("info@", StringComparison.Ordinal));
        hits.ShouldNotContain(h => Key(h) == c.Key || Key(h) == d.Key);

        // B sees A's members without any contact detail: none in the JSON, no member's e-mail anywhere in their entries
        (fromB.ExitCode, fromB.Error).ShouldBe((ExitCodes.Success, string.Empty));
        var aHits = JsonDocument.Parse(fromB.Out).RootElement.EnumerateArray().Where(h => Key(h) == a.Key).ToList();
        aHits.ShouldNotBeEmpty();
        aHits.ShouldAllBe(h => h.GetProperty("contact").ValueKind == JsonValueKind.Null);
        aHits.ShouldAllBe(h => !h.GetRawText().Contains("info@", StringComparison.Ordinal));

        // In words: each partner from elsewhere names its association and coordinator; D is only counted
        textA.Out.ShouldContain($"member of Yhdistys {b.Key} ({b.Key}); its coordinator: Koordinaattori, b@yhdistys-b.fi");
        textA.Out.ShouldContain("       contact: ");
        textA.Out.ShouldNotContain(c.Key);
        textA.Out.ShouldMatch($@"Yhdistys {d.Key} \({d.Key}\) shares counts only: [1-9]\d* member\(s\) of other industries where you serve or selling nationally; ask its coordinator: Koordinaattori, d@yhdistys-d.fi");
    }

    private static string? Key(JsonElement hit)
        => hit.TryGetProperty("association", out var association) ? association.GetProperty("key").GetString() : null;

    private (string Server, string Key) Association(string? tier, string? email)
    {
        var key = $"fed-{Guid.NewGuid():N}"[..16];
        var server = Server(key);
        _servers.Add(server);
        CliRun.Of("demo", "--db", server).ExitCode.ShouldBe(ExitCodes.Success);
        var settings = tier is null
            ? CliRun.Of("settings", "--db", server, "--name", $"Yhdistys {key}")
            : CliRun.Of("settings", "--db", server, "--name", $"Yhdistys {key}", "--federation-sharing", tier, "--coordinator-name", "Koordinaattori", "--coordinator-email", email!);
        (settings.ExitCode, settings.Error).ShouldBe((ExitCodes.Success, string.Empty));
        return (server, key);
    }

    private static string Server(string association)
    {
        var server = Environment.GetEnvironmentVariable("COMARKETING_TEST_PG");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException("COMARKETING_TEST_PG is not set, so the PostgreSQL tests cannot run (.ci/run starts a server and sets it).");
        }

        return server.Contains("://", StringComparison.Ordinal)
            ? $"{server}{(server.Contains('?', StringComparison.Ordinal) ? '&' : '?')}association={association}"
            : $"{server};Association={association}";
    }
}
