using System.Text;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;
using CoMarketing.Storage.Kiosk;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests.Kiosk;

public sealed class KioskRepositoryTests : IDisposable
{
    // The weakest accepted work factor: these tests are about storage, not about the hash's cost.
    private static readonly PinHasher Hasher = new(PinHasher.MinimumIterations);

    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_Member_Pin_Should_Be_Stored_As_Its_Hash_With_One_Audit_Entry()
    {
        // Given
        var store = _temp.Open();
        var cafe = store.Businesses.Add(Samples.Plain("Kahvila"), Actor.Coordinator);
        var hash = Hasher.Hash(Pin.Parse("97531864"));

        // When
        store.Kiosk.SetPin(Actor.Member(cafe.Id), hash, Actor.Member(cafe.Id));

        // Then
        var credentials = _temp.Open().Kiosk.GetCredentials(Actor.Member(cafe.Id));
        credentials.ShouldNotBeNull();
        credentials.Pin.ShouldBe(hash);
        credentials.Attempts.ShouldBe(SignInAttempts.None);
        PinHasher.Verify(Pin.Parse("97531864"), credentials.Pin!).ShouldBeTrue();
        var entry = store.Audit.Recent(1).Single();
        (entry.Action, entry.Actor, entry.Details).ShouldBe(("kiosk.pin.set", Actor.Member(cafe.Id), $"Set the kiosk PIN of business 'Kahvila' (id {cafe.Id})."));
        store.Check().ShouldBeEmpty();
    }

    [Fact]
    public void The_Pin_Should_Not_Be_Found_Anywhere_In_The_Database_Files()
    {
        // Given
        var store = _temp.Open();
        var cafe = store.Businesses.Add(Samples.Plain("Kahvila"), Actor.Coordinator);

        // When
        store.Kiosk.SetPin(Actor.Member(cafe.Id), Hasher.Hash(Pin.Parse("97531864")), Actor.Coordinator);
        store.Kiosk.SetPin(Actor.Coordinator, Hasher.Hash(Pin.Parse("86420975")), Actor.Coordinator);

        // Then: neither the main file nor its write-ahead log holds the digits
        var bytes = new[] { _temp.Path1, _temp.Path1 + "-wal" }.Where(File.Exists).SelectMany(File.ReadAllBytes).ToArray();
        bytes.Length.ShouldBeGreaterThan(0);
        var text = Encoding.ASCII.GetString(bytes);
        text.ShouldNotContain("97531864");
        text.ShouldNotContain("86420975");
        text.ShouldContain("kiosk.pin.set");
    }

    [Fact]
    public void The_Coordinator_Pin_Should_Live_On_The_Association()
    {
        // Given
        var store = _temp.Open();
        store.Kiosk.GetCredentials(Actor.Coordinator).ShouldBe(new KioskCredentials("the coordinator", null, SignInAttempts.None));
        var hash = Hasher.Hash(Pin.Parse("1234"));

        // When
        store.Kiosk.SetPin(Actor.Coordinator, hash, Actor.Guest);

        // Then
        store.Kiosk.GetCredentials(Actor.Coordinator)!.Pin.ShouldBe(hash);
        store.Audit.Recent(1).Single().Details.ShouldBe("Set the kiosk PIN of the coordinator.");
    }

    [Fact]
    public void Setting_The_Pin_Of_A_Missing_Or_Archived_Business_Should_Be_Refused_And_Write_Nothing()
    {
        // Given
        var store = _temp.Open();
        var gone = store.Businesses.Add(Samples.Plain("Gone"), Actor.Coordinator);
        store.Businesses.Archive(gone.Id, Actor.Coordinator);
        var audits = store.Audit.Count();
        var hash = Hasher.Hash(Pin.Parse("1234"));

        // When / Then
        Should.Throw<DomainException>(() => store.Kiosk.SetPin(Actor.Member(999), hash, Actor.Coordinator)).Message.ShouldBe("There is no active business with id 999.");
        Should.Throw<DomainException>(() => store.Kiosk.SetPin(Actor.Member(gone.Id), hash, Actor.Coordinator));
        store.Kiosk.GetCredentials(Actor.Member(999)).ShouldBeNull();
        store.Audit.Count().ShouldBe(audits);
    }

    [Fact]
    public void A_Guest_Should_Have_No_Account()
        => Should.Throw<ArgumentException>(() => _temp.Open().Kiosk.GetCredentials(Actor.Guest));

    [Fact]
    public void Failures_Should_Be_Counted_In_The_Store_And_Audited_Then_Reset_By_A_Success()
    {
        // Given
        var store = _temp.Open();
        var cafe = store.Businesses.Add(Samples.Plain("Kahvila"), Actor.Coordinator);
        var account = Actor.Member(cafe.Id);
        store.Kiosk.SetPin(account, Hasher.Hash(Pin.Parse("1234")), Actor.Coordinator);
        var throttle = new SignInThrottle(SignInThrottleOptions.Default, _temp.Clock);
        var lockAt = _temp.Clock.GetUtcNow();

        // When: five failures in a row
        SignInAttempts? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = store.Kiosk.RecordFailure(account, throttle.AfterFailure);
        }

        // Then
        var expected = new SignInAttempts(5, lockAt, lockAt.AddMinutes(15));
        last.ShouldBe(expected);
        _temp.Open().Kiosk.GetCredentials(account)!.Attempts.ShouldBe(expected);
        var failures = store.Audit.Recent(5);
        failures.ShouldAllBe(e => e.Action == "kiosk.signin.failed" && e.Actor == account);
        failures[0].Details.ShouldBe($"Wrong PIN for business 'Kahvila' (id {cafe.Id}) (5 in a row; locked until 2027-03-14T10:45:00.0000000Z).");
        failures[4].Details.ShouldBe($"Wrong PIN for business 'Kahvila' (id {cafe.Id}) (1 in a row).");

        // When
        store.Kiosk.RecordSuccess(account);

        // Then
        store.Kiosk.GetCredentials(account)!.Attempts.ShouldBe(SignInAttempts.None);
        var success = store.Audit.Recent(1).Single();
        (success.Action, success.Actor, success.Details).ShouldBe(("kiosk.signin", account, $"Signed in as business 'Kahvila' (id {cafe.Id})."));
    }

    [Fact]
    public void A_New_Pin_Should_Clear_A_Lock()
    {
        // Given a locked coordinator
        var store = _temp.Open();
        store.Kiosk.SetPin(Actor.Coordinator, Hasher.Hash(Pin.Parse("1234")), Actor.Coordinator);
        var throttle = new SignInThrottle(new SignInThrottleOptions(TimeSpan.FromSeconds(1), 1, TimeSpan.FromHours(1), TimeSpan.FromHours(1)), _temp.Clock);
        store.Kiosk.RecordFailure(Actor.Coordinator, throttle.AfterFailure).LockedUntil.ShouldNotBeNull();

        // When
        store.Kiosk.SetPin(Actor.Coordinator, Hasher.Hash(Pin.Parse("5678")), Actor.CommandLine);

        // Then
        store.Kiosk.GetCredentials(Actor.Coordinator)!.Attempts.ShouldBe(SignInAttempts.None);
    }

    [Fact]
    public void A_Damaged_Stored_Hash_Should_Be_Reported_In_Words()
    {
        // Given
        var store = _temp.Open();
        var cafe = store.Businesses.Add(Samples.Plain("Kahvila"), Actor.Coordinator);
        RawFile.EditDocument(_temp.Path1, "businesses", cafe.Id, d => d["pin"] = new LiteDB.BsonDocument { ["hash"] = "AAAA", ["salt"] = "AAAA", ["iterations"] = 5 });

        // When / Then
        Should.Throw<DomainException>(() => store.Kiosk.GetCredentials(Actor.Member(cafe.Id)))
            .Message.ShouldStartWith($"The stored PIN of business 'Kahvila' (id {cafe.Id}) is damaged");
    }
}
