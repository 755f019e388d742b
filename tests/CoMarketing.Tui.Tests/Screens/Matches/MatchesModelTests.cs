using CoMarketing.Core.Matching;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Matches;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Matches;

public sealed class MatchesModelTests
{
    private static MatchesModel Open(string name, Session? session = null, TuiTexts? texts = null)
    {
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, session ?? Session.Guest, texts ?? TuiTexts.English);
        return new MatchesModel(service, backend.Named(name));
    }

    [Fact]
    public void Should_List_Ranked_Partners_Without_Competitors()
    {
        // When
        var model = Open("Kahvila Aalto");

        // Then
        var scores = model.Matches.Select(m => m.Score).ToList();
        scores.ShouldNotBeEmpty();
        scores.ShouldBe(scores.OrderByDescending(s => s).ToList());
        model.Matches.ShouldNotContain(m => m.Partner.Name == "Kahvila Kuura"); // same industry: a competitor
        model.Title.ShouldBe("Matches for Kahvila Aalto");
    }

    [Fact]
    public void Weak_Partners_Should_Be_Left_Out_And_Counted_Until_W_Lists_Them_As_Match_All_Does()
    {
        // Given: a business with weak partners among the 50 found
        var model = Open("Kahvila Aalto");
        var weak = model.All.Count(m => m.Band == MatchBand.Weak);
        weak.ShouldBeGreaterThan(0);

        // When
        var before = (Listed: model.Matches.ToList(), Count: model.CountText);
        model.ToggleWeak();

        // Then: strong and possible first (as match lists them), every one found after the toggle
        before.Listed.ShouldNotContain(m => m.Band == MatchBand.Weak);
        before.Listed.Count.ShouldBe(model.All.Count - weak);
        before.Count.ShouldBe($"{before.Listed.Count} partners (and {weak} weak: w lists them)");
        model.Matches.ShouldBe(model.All);
        model.CountText.ShouldBe($"{model.All.Count} partners");
    }

    [Fact]
    public void Each_Row_Should_Show_The_Score_The_Band_The_Name_And_The_Best_Reason()
    {
        // Given
        var model = Open("Kahvila Aalto");
        var best = model.Matches[0];

        // When
        var row = model.Row(best, 120);
        var header = model.Header(120);

        // Then
        var band = best.Band switch { MatchBand.Strong => "strong", MatchBand.Possible => "possible", _ => "weak" };
        row.ShouldStartWith(best.Score.ToString("0", System.Globalization.CultureInfo.InvariantCulture).PadLeft(3) + "  " + band);
        row.ShouldContain(best.Partner.Name);
        row.ShouldContain(best.Reasons[0][..20]);
        header.ShouldStartWith("Pts  Band");
        header.IndexOf("Partner", StringComparison.Ordinal).ShouldBe(row.IndexOf(best.Partner.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void The_Band_Should_Be_Worded_In_Finnish()
    {
        // When
        var model = Open("Kahvila Aalto", texts: TuiTexts.Finnish);

        // Then
        model.Band(MatchBand.Strong).ShouldBe("vahva");
        model.Band(MatchBand.Possible).ShouldBe("mahdollinen");
        model.Band(MatchBand.Weak).ShouldBe("heikko");
        model.Header(100).ShouldStartWith("Pist.  Luokka");
    }

    [Theory]
    [InlineData(40)]
    [InlineData(60)]
    [InlineData(80)]
    public void A_Narrow_Row_Should_End_At_A_Whole_Word(int width)
    {
        // Given
        var model = Open("Kahvila Aalto");

        // When
        var rows = model.Matches.Select(m => model.Row(m, width)).ToList();

        // Then
        rows.ShouldAllBe(row => row.Length <= width);
        foreach (var (row, match) in rows.Zip(model.Matches))
        {
            var words = $"{model.Score(match.Score)} {model.Band(match.Band)} {match.Partner.Name} {match.Reasons[0]}".Split(' ');
            foreach (var token in row.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                words.ShouldContain(token.TrimEnd('…'), $"'{row}' cuts a word");
            }
        }
    }

    [Theory]
    [InlineData("en", 1, "1 partner")]
    [InlineData("en", 12, "12 partners")]
    [InlineData("en", 0, "0 partners")]
    [InlineData("en", 1234, "1,234 partners")]
    [InlineData("fi", 1, "1 kumppani")]
    [InlineData("fi", 12, "12 kumppania")]
    [InlineData("fi", 0, "0 kumppania")]
    public void Counts_Of_Partners_Should_Take_The_Right_Form(string language, int count, string expected)
    {
        // When
        var text = TuiTexts.For(language).Count("Partner", count);

        // Then
        text.ShouldBe(expected);
    }

    [Fact]
    public void Explain_Should_Say_Why_A_Named_Business_Is_Excluded()
    {
        // Given
        var model = Open("Kahvila Aalto");

        // When
        var outcome = model.Explain("kahvila kuura");

        // Then
        var explanation = outcome.Explanation.ShouldNotBeNull();
        explanation.IsMatch.ShouldBeFalse();
        explanation.Candidate.Name.ShouldBe("Kahvila Kuura");
        explanation.Failures.ShouldNotBeEmpty();
        outcome.Problem.ShouldBeNull();
    }

    [Theory]
    [InlineData("nobody here", "No business named 'nobody here'.")]
    [InlineData("Kahvila", "businesses match")]
    [InlineData("", "No business named ''.")]
    public void Explain_Should_Say_When_The_Name_Finds_No_Single_Business(string name, string message)
    {
        // Given
        var model = Open("Lähikauppa Rantavitikka");

        // When
        var outcome = model.Explain(name);

        // Then
        outcome.Explanation.ShouldBeNull();
        outcome.Problem.ShouldNotBeNull().ShouldContain(message);
    }

    [Fact]
    public void Only_Someone_Signed_In_May_Start_A_Campaign_With_The_Business_First()
    {
        // Given
        var guest = Open("Kahvila Aalto");
        var coordinator = Open("Kahvila Aalto", Session.Coordinator);

        // When
        var ids = coordinator.CampaignWith(coordinator.Matches[0]);

        // Then
        guest.CanStartCampaign.ShouldBeFalse();
        coordinator.CanStartCampaign.ShouldBeTrue();
        ids.ShouldBe([coordinator.Business.Id, coordinator.Matches[0].Partner.Id]);
    }
}
