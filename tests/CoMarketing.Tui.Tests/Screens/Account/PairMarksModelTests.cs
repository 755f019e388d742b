using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Account;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Account;

public sealed class PairMarksModelTests
{
    private readonly InMemoryPlannerBackend _backend = InMemoryPlannerBackend.Demo();

    private static void Choose(PairMarksModel model, string name) => model.Selected = model.Others.ToList().FindIndex(o => o.Other.Name == name);

    [Fact]
    public void A_Member_Should_Mark_A_Competitor_Fine_Together_And_See_It_In_The_List()
    {
        // Given
        var own = _backend.Named("Kahvila Aalto");
        var model = new PairMarksModel(new PlannerService(_backend, Session.Member(own.Id), TuiTexts.Finnish));
        Choose(model, "Kahvila Kuura");

        // When
        var done = model.Mark(PairPreferenceKind.FineTogether);

        // Then
        done.ShouldBeTrue();
        model.Owners.ShouldHaveSingleItem().Id.ShouldBe(own.Id);
        model.Describe(model.Others[model.Selected]).ShouldBe("Kahvila Kuura — sopii yhteen");
        model.Message.ShouldBe(ToolMessage.Done("Kahvila Kuura: sopii yhteen."));
        _backend.Writes.ShouldHaveSingleItem().Actor.ShouldBe(Actor.Member(own.Id));
    }

    [Fact]
    public void A_Member_Should_Not_Switch_To_Another_Business()
    {
        var own = _backend.Named("Kahvila Aalto");
        var model = new PairMarksModel(new PlannerService(_backend, Session.Member(own.Id)));

        Should.Throw<DomainException>(() => model.OwnerId = _backend.Named("Kahvila Kuura").Id).Message.ShouldBe("You can mark pairs only for your own business.");
    }

    [Fact]
    public void The_Coordinator_Should_Change_Any_Business_Marks_And_Remove_Them()
    {
        // Given: the demo's gym has marked the pizzeria "never pair"
        var gym = _backend.GetPairPreferences().First(p => p.Kind == PairPreferenceKind.NeverPair);
        var model = new PairMarksModel(new PlannerService(_backend, Session.Coordinator));
        model.OwnerId = gym.From;
        model.Selected = model.Others.ToList().FindIndex(o => o.Other.Id == gym.To);
        var before = model.Others[model.Selected].Mark;

        // When
        var removed = model.Remove();
        var again = model.Remove();

        // Then
        before.ShouldBe(PairPreferenceKind.NeverPair);
        removed.ShouldBeTrue();
        again.ShouldBeFalse();
        model.Message!.IsError.ShouldBeTrue();
        _backend.GetPairPreferences().ShouldNotContain(gym);
        _backend.Writes.ShouldHaveSingleItem().ShouldBe(new BackendWrite("RemovePairPreference", Actor.Coordinator, gym.From, $"{gym.To}"));
    }

    [Fact]
    public void A_Guest_Should_Have_No_Marks_To_Edit()
        => Should.Throw<DomainException>(() => new PairMarksModel(new PlannerService(_backend, Session.Guest)));
}
