using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Demo;
using CoMarketing.Core.Reference;
using CoMarketing.Tui.Screens.Advice;

namespace CoMarketing.Tui.Tests.Screens.Advice;

public sealed class AdviceModelTests
{
    private static readonly IReadOnlyList<ChannelProfile> Profiles =
        ReferenceDataParser.ParseChannelProfiles(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "channel-kinds.csv")));

    private static AdviceModel Model(Language language)
    {
        var members = DemoMembers.All();
        var partners = new[] { DemoMembers.KahvilaAalto, DemoMembers.KirjakauppaLukunurkka, DemoMembers.Hoivahelmi }
            .Select(id => members.Single(m => m.Id == id))
            .ToList();
        var culture = CultureInfo.GetCultureInfo(language == Language.Finnish ? "fi-FI" : "en-GB");
        return new AdviceModel(partners, DemoAssociation.Population, Profiles, language, culture);
    }

    [Fact]
    public void The_Advice_Should_List_Own_Accounts_Before_Paid_Channels_And_End_With_The_Summary()
    {
        // When
        var model = Model(Language.English);

        // Then
        var kinds = model.Lines.Select(l => l.Kind).ToList();
        kinds[0].ShouldBe(AdviceLineKind.Heading);
        kinds.LastIndexOf(AdviceLineKind.Own).ShouldBeLessThan(kinds.IndexOf(AdviceLineKind.Paid));
        model.Lines[^1].Kind.ShouldBe(AdviceLineKind.Summary);
        model.Advice.Budget.ShouldBeNull();
    }

    [Fact]
    public void A_Budget_Should_Keep_The_Paid_Mix_Within_It()
    {
        // Given
        var model = Model(Language.Finnish);

        // When
        var accepted = model.SetBudget("1 000,00");

        // Then
        accepted.ShouldBeTrue();
        model.BudgetError.ShouldBeNull();
        model.Advice.Cost.Cents.ShouldBeLessThanOrEqualTo(100_000);
        model.Lines.ShouldContain(l => l.Kind == AdviceLineKind.Summary && l.Text.StartsWith("Suositus tavoittaa noin ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("paljon")]
    [InlineData("-100")]
    public void A_Bad_Budget_Should_Be_Refused_In_Words_And_Keep_The_Previous_Advice(string typed)
    {
        // Given
        var model = Model(Language.Finnish);
        model.SetBudget("500");
        var before = model.Advice;

        // When
        var accepted = model.SetBudget(typed);

        // Then
        accepted.ShouldBeFalse();
        model.BudgetError.ShouldBe($"Budjetti '{typed}' ei kelpaa: kirjoita euromäärä, esim. 2000 tai 1 500,50.");
        model.Advice.ShouldBeSameAs(before);
        model.BudgetText.ShouldBe("500");
    }

    [Fact]
    public void The_Selection_Should_Stay_Within_The_Lines()
    {
        var model = Model(Language.English);
        model.Move(-3);
        model.Selected.ShouldBe(0);
        model.Move(1_000);
        model.Selected.ShouldBe(model.Lines.Count - 1);
    }
}
