using CoMarketing.Core.Audit;
using CoMarketing.Core.Budget;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Kiosk;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests.Contract;

/// <summary>What every provider guarantees about PINs, drafts, pair marks, the budget and the audit log.</summary>
public abstract class KioskAndPairsContract : StoreContract
{
    private static readonly PinHash Hash = new PinHasher(PinHasher.MinimumIterations).Hash(Pin.Parse("4826"));

    [Fact]
    public void A_Pin_Should_Survive_An_Update_Of_Its_Business()
    {
        var cafe = Store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        Store.Kiosk.SetPin(Actor.Member(cafe.Id), Hash, Actor.Coordinator);
        Store.Businesses.Update(Samples.Cafe("Kahvila Uusi").WithId(cafe.Id), Actor.Member(cafe.Id));
        Reopen().Kiosk.GetCredentials(Actor.Member(cafe.Id))!.Pin.ShouldBe(Hash);
    }

    [Fact]
    public void Wrong_Pins_Should_Be_Counted_And_Cleared_With_Their_Times()
    {
        var at = new DateTimeOffset(2027, 3, 14, 10, 30, 15, 123, TimeSpan.Zero).AddTicks(4567);
        Store.Kiosk.SetPin(Actor.Coordinator, Hash, Actor.Coordinator);
        Store.Kiosk.RecordFailure(Actor.Coordinator, _ => new SignInAttempts(3, at, at.AddMinutes(5)));
        Reopen().Kiosk.GetCredentials(Actor.Coordinator)!.Attempts.ShouldBe(new SignInAttempts(3, at, at.AddMinutes(5)));
        Store.Kiosk.RecordSuccess(Actor.Coordinator);
        Store.Kiosk.GetCredentials(Actor.Coordinator)!.Attempts.ShouldBe(SignInAttempts.None);
    }

    [Fact]
    public void A_Draft_For_A_Business_That_Does_Not_Exist_Should_Be_Refused()
    {
        Should.Throw<DomainException>(() => Store.Kiosk.SaveDraft(55, "editor", "{}", DateTimeOffset.UnixEpoch))
            .Message.ShouldBe("Cannot keep a draft for business 55: there is no such business.");
        Store.Kiosk.LoadDraft(55, "editor").ShouldBeNull();
    }

    [Fact]
    public void A_Pair_Mark_Needs_Both_Businesses_And_Is_One_Per_Ordered_Pair()
    {
        var a = Store.Businesses.Add(Samples.Plain("A"), Actor.Coordinator).Id;
        var b = Store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator).Id;
        Should.Throw<DomainException>(() => Store.PairPreferences.Set(new PairPreference(a, 404, PairPreferenceKind.NeverPair), Actor.Member(a)));
        Store.PairPreferences.Set(new PairPreference(a, b, PairPreferenceKind.NeverPair), Actor.Member(a));
        Store.PairPreferences.Set(new PairPreference(a, b, PairPreferenceKind.FineTogether), Actor.Member(a));
        Store.PairPreferences.Set(new PairPreference(b, a, PairPreferenceKind.NeverPair), Actor.Member(b));
        Reopen().PairPreferences.GetAll().ShouldBe([new PairPreference(a, b, PairPreferenceKind.FineTogether), new PairPreference(b, a, PairPreferenceKind.NeverPair)]);
        Store.PairPreferences.Remove(a, b, Actor.Member(a));
        Store.PairPreferences.GetFor(a).ShouldBe([new PairPreference(b, a, PairPreferenceKind.NeverPair)]);
    }

    [Fact]
    public void A_Budget_Plan_Should_Be_Replaced_Whole()
    {
        Store.Budget.Get().ShouldBeNull();
        var plan = new BudgetPlan(new DateOnly(2027, 1, 1), [new Money(100_00), new Money(0), new Money(250_50)]);
        Store.Budget.Save(plan, Actor.Coordinator);
        Store.Budget.Save(new BudgetPlan(new DateOnly(2027, 2, 1), [new Money(5)]), Actor.Coordinator);
        var read = Reopen().Budget.Get()!;
        read.FirstMonth.ShouldBe(new DateOnly(2027, 2, 1));
        read.Monthly.ShouldBe([new Money(5)]);
    }

    [Fact]
    public void The_Audit_Log_Should_List_Newest_First_With_Exact_Times()
    {
        Store.Businesses.Add(Samples.Plain("A"), Actor.Coordinator);
        Store.Association.Update(Store.Association.Get(), Actor.Member(1));
        Reopen().Audit.Recent(5).Select(e => (e.Action, e.Actor)).ShouldBe([("association.update", Actor.Member(1)), ("business.add", Actor.Coordinator)]);
        Store.Audit.Recent(1).Single().At.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void The_Association_Settings_Should_Keep_Its_Payment_Details()
    {
        // Given
        var settings = Store.Association.Get() with
        {
            BusinessId = Core.Businesses.BusinessId.Parse("0737546-2"),
            Iban = Iban.Parse("FI21 1234 5600 0007 85"),
            PaymentTermDays = 21,
        };

        // When
        Store.Association.Update(settings, Actor.Coordinator);
        var read = Reopen().Association.Get();

        // Then
        read.BusinessId!.Value.Value.ShouldBe("0737546-2");
        read.Iban!.Value.Value.ShouldBe("FI2112345600000785");
        read.PaymentTermDays.ShouldBe(21);
    }
}
