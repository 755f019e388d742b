using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests;

public sealed class TransactionTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_Failing_Second_Step_Should_Roll_Back_The_First_And_Leave_No_Audit_Entry()
    {
        // Given
        var store = _temp.Open();
        var file = new LiteDb.LiteFile(store.Path, _temp.Clock, readOnly: false);

        // When
        Should.Throw<InvalidOperationException>(() => file.Write(Actor.Coordinator, "test.fail", db =>
        {
            LiteDb.LiteBusinessRepository.Insert(db, Samples.Plain("First"));
            throw new InvalidOperationException("the second step fails");
#pragma warning disable CS0162 // Unreachable: the body must have the shape of a change.
            return (0, "never");
#pragma warning restore CS0162
        }));

        // Then
        store.Businesses.GetAll(includeArchived: true).ShouldBeEmpty();
        store.Audit.Count().ShouldBe(0);
    }

    [Fact]
    public void An_Import_With_A_Bad_Second_Business_Should_Save_Nothing()
    {
        // Given: the second business repeats the first one's business ID
        var store = _temp.Open();

        // When
        Should.Throw<DomainException>(() => store.Businesses.AddRange([Samples.Cafe("Eka"), Samples.Cafe("Toka")], Actor.CommandLine));

        // Then
        store.Businesses.Count(includeArchived: true).ShouldBe(0);
        store.Audit.Count().ShouldBe(0);
    }

    [Fact]
    public void Every_Change_Should_Write_Exactly_One_Audit_Entry_With_Actor_And_Clock_Time()
    {
        // Given
        var store = _temp.Open();

        // When
        var a = store.Businesses.Add(Samples.Plain("A"), Actor.Coordinator);
        _temp.Clock.Advance(TimeSpan.FromMinutes(5));
        var b = store.Businesses.Add(Samples.Plain("B"), Actor.Member(7));
        store.Businesses.Update(a, Actor.Member(a.Id));
        store.Businesses.Archive(b.Id, Actor.Coordinator);
        store.PairPreferences.Set(new Core.Businesses.PairPreference(a.Id, b.Id, Core.Businesses.PairPreferenceKind.NeverPair), Actor.Member(a.Id));
        store.PairPreferences.Remove(a.Id, b.Id, Actor.Member(a.Id));
        var campaign = store.Campaigns.Add(Samples.Campaign(a.Id, b.Id), Actor.Coordinator);
        store.Campaigns.Update(campaign, Actor.Coordinator);
        store.Association.Update(Core.Association.AssociationSettings.Default, Actor.Coordinator);

        // Then
        var entries = store.Audit.Recent();
        entries.Select(e => e.Action).ShouldBe(
            ["association.update", "campaign.update", "campaign.add", "pair.remove", "pair.set", "business.archive", "business.update", "business.add", "business.add"]);
        entries[^1].At.ShouldBe(new DateTimeOffset(2027, 3, 14, 10, 30, 0, TimeSpan.Zero));
        entries[^1].Actor.ShouldBe(Actor.Coordinator);
        entries[^2].At.ShouldBe(new DateTimeOffset(2027, 3, 14, 10, 35, 0, TimeSpan.Zero));
        entries[^2].Actor.ShouldBe(Actor.Member(7));
        entries[^1].Details.ShouldBe($"Added business 'A' (id {a.Id}).");
    }

    [Fact]
    public async Task Two_Stores_Writing_At_Once_Should_Both_Succeed_Without_Locked_Errors()
    {
        // Given
        _temp.Open();
        var first = _temp.Open();
        var second = _temp.Open();

        // When
        var writers = new[] { first, second }.Select((store, n) => Task.Run(() =>
        {
            for (var i = 0; i < 50; i++)
            {
                store.Businesses.Add(Samples.Plain($"Writer {n} #{i}"), Actor.CommandLine);
            }
        })).ToArray();
        await Task.WhenAll(writers);

        // Then
        first.Businesses.Count().ShouldBe(100);
        second.Audit.Count().ShouldBe(100);
    }
}
