using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Demo;
using CoMarketing.Core.Reference;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Advice;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Screens.Advice;

/// <summary>The Terminal.Gui Advice view, headless: keys go to its views, no terminal is opened.</summary>
public sealed class AdviceViewTests
{
    private static readonly IReadOnlyList<ChannelProfile> Profiles =
        ReferenceDataParser.ParseChannelProfiles(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "channel-kinds.csv")));

    private static (AdviceView View, AdviceModel Model) Make()
    {
        var members = DemoMembers.All();
        var partners = new[] { DemoMembers.Hoivahelmi, 32L }.Select(id => members.Single(m => m.Id == id)).ToList();
        var model = new AdviceModel(partners, DemoAssociation.Population, Profiles, Language.English, CultureInfo.GetCultureInfo("en-GB"));
        return (new AdviceView(model, CampaignTexts.English), model);
    }

    [Fact]
    public void Enter_In_The_Budget_Field_Should_Show_The_Advice_For_That_Budget()
    {
        // Given
        var (view, model) = Make();
        var before = view.Lines.Source!.Count;

        // When
        view.Budget.Text = "400";
        view.Budget.NewKeyDownEvent(Key.Enter);

        // Then
        model.Advice.Budget.ShouldBe(Core.Finance.Money.Parse("400"));
        view.Error.Text.ShouldBeEmpty();
        view.Lines.Source!.Count.ShouldBe(model.Lines.Count);
        view.Lines.Source.Count.ShouldBeLessThan(before);
        view.Lines.Source.ToList().Cast<string>().Last().ShouldStartWith("The mix reaches about ");
    }

    [Fact]
    public void A_Bad_Budget_Should_Be_Shown_Under_The_Field_And_Keep_The_Lines()
    {
        // Given
        var (view, _) = Make();
        var before = view.Lines.Source!.ToList().Cast<string>().ToList();

        // When
        view.Budget.Text = "lots";
        view.Budget.NewKeyDownEvent(Key.Enter);

        // Then
        view.Error.Text.ShouldBe("The budget 'lots' is not valid: type an amount in euros, e.g. 2000 or 1500.50.");
        view.Lines.Source!.ToList().Cast<string>().ShouldBe(before);
    }
}
