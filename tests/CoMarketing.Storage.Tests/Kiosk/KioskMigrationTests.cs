using CoMarketing.Core.Audit;
using CoMarketing.Core.Kiosk;
using CoMarketing.Storage.Conversion.Sqlite;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests.Kiosk;

public sealed class KioskMigrationTests : IDisposable
{
    private const int BeforeDrafts = 2;

    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_File_From_Before_Drafts_Should_Keep_Its_Pins_And_Counters_And_Gain_Drafts()
    {
        // Given a version-2 file of the earlier SQLite format with a member PIN hash and two wrong PINs counted
        var old = SqliteStore.Open(_temp.Path1, _temp.Clock, BeforeDrafts);
        var cafe = old.Businesses.Add(Samples.Plain("Kahvila"), Actor.Coordinator);
        var hash = new PinHasher(PinHasher.MinimumIterations).Hash(Pin.Parse("1234"));
        using (var connection = SqliteDatabase.OpenFile(_temp.Path1))
        {
            RawSql.Execute(
                connection,
                "UPDATE businesses SET pin_hash = @Hash, pin_salt = @Salt, pin_iterations = @Iterations, failed_pin_attempts = 2",
                null,
                ("@Hash", hash.Hash),
                ("@Salt", hash.Salt),
                ("@Iterations", hash.Iterations));
            RawSql.Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'drafts'").ShouldBe(0);
        }

        // When
        var store = _temp.Open();

        // Then: the PIN still verifies, the count is kept (with no time of the last failure), drafts work
        var credentials = store.Kiosk.GetCredentials(Actor.Member(cafe.Id))!;
        PinHasher.Verify(Pin.Parse("1234"), credentials.Pin!).ShouldBeTrue();
        credentials.Attempts.ShouldBe(new SignInAttempts(2, null, null));
        store.Kiosk.SaveDraft(cafe.Id, "editor", "x", _temp.Clock.GetUtcNow());
        store.Kiosk.LoadDraft(cafe.Id, "editor")!.Content.ShouldBe("x");
        store.Check().ShouldBeEmpty();
        File.Exists(_temp.Path1 + ".sqlite.bak").ShouldBeTrue();
    }
}
