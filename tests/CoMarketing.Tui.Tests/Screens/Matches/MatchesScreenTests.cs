using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Matches;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Matches;

public sealed class MatchesScreenTests
{
    private static ScreenDriver Open(string name, TuiTexts? texts = null, int width = 80, int height = 24)
    {
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, Session.Guest);
        var driver = new ScreenDriver(new Editor.ParentScreen(), width, height, texts);
        driver.Navigator.Run(Tui.Screens.ScreenCommand.Push(MatchesScreen.Create(service, backend.Named(name), driver.Texts)));
        return driver;
    }

    [Fact]
    public void Should_List_Ranked_Partners_With_Reasons_At_80x24()
    {
        // When
        var driver = Open("Kahvila Aalto");
        var screen = driver.Screen<MatchesScreen>();
        var lines = driver.Frame();

        // Then
        var scores = screen.List.Items.Select(m => m.Score).ToList();
        scores.ShouldBe(scores.OrderByDescending(s => s).ToList());
        screen.List.Items.ShouldNotContain(m => m.Partner.Name == "Kahvila Kuura"); // same industry: a competitor
        var best = screen.List.Items[0];
        lines[0].ShouldStartWith(" CoMarketing › Matches for Kahvila Aalto");
        lines[1].ShouldContain(best.Partner.Name);
        lines.ShouldContain(line => line.StartsWith($"Why {best.Partner.Name}:", StringComparison.Ordinal));
        var reasonStart = "  • " + best.Reasons[0].Substring(0, Math.Min(best.Reasons[0].Length, 60));
        lines.ShouldContain(line => line.StartsWith(reasonStart, StringComparison.Ordinal));
        lines[23].ShouldStartWith("? help  Esc back  Enter details  e why not…  g group");
        lines.ShouldAllBe(line => line.Length <= 80);
    }

    [Fact]
    public void Enter_Should_Show_The_Match_In_Full_At_120x40()
    {
        // Given
        var driver = Open("Kahvila Aalto", width: 120, height: 40);
        var best = driver.Screen<MatchesScreen>().List.Items[0];

        // When
        driver.Press("Enter");
        var text = driver.FrameText();

        // Then
        var detail = driver.Screen<MatchDetailScreen>();
        detail.Match.ShouldBe(best);
        text.ShouldContain("Age groups");
        text.ShouldContain("New reach");
        text.ShouldContain("█");
        best.Reasons.ShouldAllBe(reason => text.Contains(reason));
    }

    [Fact]
    public void E_Should_Explain_Why_A_Named_Business_Is_Excluded()
    {
        // Given
        var driver = Open("Kahvila Aalto");

        // When
        driver.Press("e").Type("kahvila kuura").Press("Enter");
        var text = driver.FrameText();

        // Then
        var explain = driver.Screen<ExplainScreen>();
        explain.Explanation.IsMatch.ShouldBeFalse();
        explain.Explanation.Candidate.Name.ShouldBe("Kahvila Kuura");
        text.ShouldContain("Kahvila Kuura is not suggested, because:");
        text.ShouldContain("excluded");
    }

    [Theory]
    [InlineData("nobody here", "No business named 'nobody here'.")]
    [InlineData("Kahvila", "businesses match")]
    public void E_Should_Say_When_The_Name_Finds_No_Single_Business(string name, string message)
    {
        // Given
        var driver = Open("Lähikauppa Rantavitikka");

        // When
        driver.Press("e").Type(name).Press("Enter");

        // Then
        driver.Current.ShouldBeOfType<MatchesScreen>();
        driver.Navigator.Message!.Text.ShouldContain(message);
    }

    [Fact]
    public void G_Should_Suggest_A_Group_And_Plus_Minus_Change_Its_Size()
    {
        // Given
        var driver = Open("Kahvila Aalto", TuiTexts.Finnish);

        // When
        driver.Press("g");
        var three = driver.Screen<GroupScreen>();
        driver.Press("+");
        var four = driver.Screen<GroupScreen>();
        driver.Press("- -");
        var text = driver.FrameText();

        // Then
        three.Size.ShouldBe(3);
        three.Suggestion.Members.Count.ShouldBe(3);
        four.Size.ShouldBe(4);
        four.Suggestion.CombinedReach.ShouldBeGreaterThanOrEqualTo(three.Suggestion.CombinedReach);
        driver.Screen<GroupScreen>().Size.ShouldBe(2);
        text.ShouldContain("Yhteinen tavoittavuus");
        text.ShouldContain("Hyöty");
    }

    [Theory]
    [InlineData("en", "Best group of 3 partners", "No compatible group found.")]
    [InlineData("fi", "Paras 3 kumppanin ryhmä", "Sopivaa ryhmää ei löytynyt.")]
    public void An_Empty_Group_Should_Never_Say_Zero_Found_And_All_Compatible_Together(string language, string heading, string none)
    {
        // Given: no compatible group
        var backend = InMemoryPlannerBackend.Demo();
        var texts = TuiTexts.For(language);
        var business = backend.Named("Kahvila Aalto");
        var empty = new Core.Matching.GroupSuggestion(business, [], 1000, 1000);
        var driver = new ScreenDriver(new GroupScreen(new PlannerService(backend, Session.Guest), business, 3, empty, texts), 80, 24, texts);

        // When
        var text = driver.FrameText();

        // Then
        text.ShouldContain(heading);
        text.ShouldContain(none);
        text.ShouldNotContain("(0 ");
        text.ShouldNotContain(language == "fi" ? "sopivat keskenään" : "all compatible");
    }
}
