using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Campaigns;
using CoMarketing.Tui.Screens.Matches;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Shell;

[Collection(TerminalCollection.Name)]
public sealed class MatchesViewTests
{
    private static Headless Matches(string name = "Kahvila Aalto", Session? session = null, int width = 80, int height = 24, TuiTexts? texts = null)
    {
        var planner = new Headless(width: width, height: height, texts: texts);
        var business = planner.Backend.Named(name);
        planner.Shell.SignIn(session ?? Session.Guest);
        planner.Window.Reset(MatchesView.Open(planner.Window.Context, business));
        return planner;
    }

    [Fact]
    public void M_On_The_Business_List_Should_Open_The_Matches_Of_The_Selected_Business()
    {
        // Given
        using var planner = new Headless();
        planner.Type("2"); // browse as a guest
        planner.Type("1"); // businesses
        planner.Type("/Kahvila Aalto").Press(Key.Enter);

        // When
        planner.Type("m");

        // Then
        planner.Window.Current.ShouldBeOfType<MatchesView>().Model.Business.Name.ShouldBe("Kahvila Aalto");
        planner.Screen.ShouldContain("Matches for Kahvila Aalto");
    }

    [Fact]
    public void Should_List_Partners_With_Score_Band_And_Reasons_At_80x24()
    {
        // Given
        using var planner = Matches();
        var view = planner.Window.Current.ShouldBeOfType<MatchesView>();
        var best = view.Model.Matches[0];

        // When
        var lines = planner.Screen.Split('\n');

        // Then
        lines[0].ShouldContain("Matches for Kahvila Aalto");
        lines[1].ShouldBe(view.Model.CountText.PadRight(80));
        lines[2].ShouldStartWith("Pts  Band");
        lines[3].ShouldContain(best.Partner.Name);
        lines[3].ShouldContain(view.Model.Band(best.Band));
        lines.ShouldContain(line => line.StartsWith($"Why {best.Partner.Name}:", StringComparison.Ordinal));
        var reason = "  • " + best.Reasons[0].Substring(0, 20);
        lines.ShouldContain(line => line.StartsWith(reason, StringComparison.Ordinal));
        lines.Last(line => line.Trim().Length > 0).ShouldContain("Enter details");
        lines.Take(24).ShouldAllBe(line => line.TrimEnd().Length <= 80);
    }

    [Fact]
    public void F_Should_Open_The_Federation_Page_Which_Says_A_File_Has_No_Federation_At_80x24()
    {
        // Given
        using var planner = Matches();

        // When
        planner.Type("f");

        // Then
        planner.Window.Current.ShouldBeOfType<FederationMatchesView>().Model.Business.Name.ShouldBe("Kahvila Aalto");
        planner.Screen.ShouldContain("Kahvila Aalto: other associations");
        planner.Screen.ShouldContain("This database holds one association, so there is no federation to search.");
    }

    [Fact]
    public void Enter_Should_Show_The_Match_In_Full_With_Its_Band_At_120x40()
    {
        // Given
        using var planner = Matches(width: 120, height: 40);
        var best = planner.Window.Current.ShouldBeOfType<MatchesView>().Model.Matches[0];

        // When
        planner.Press(Key.Enter);
        var screen = planner.Screen;

        // Then
        planner.Window.Current.ShouldBeOfType<MatchDetailView>().Match.ShouldBe(best);
        screen.ShouldContain("Kahvila Aalto + " + best.Partner.Name);
        screen.ShouldContain("Age groups");
        screen.ShouldContain("New reach");
        screen.ShouldContain("█");
        screen.ShouldContain(best.Band.ToString().ToLowerInvariant());
        best.Reasons.ShouldAllBe(reason => screen.Contains(reason));
    }

    [Fact]
    public void E_Should_Explain_Why_A_Named_Business_Is_Excluded()
    {
        // Given
        using var planner = Matches();

        // When
        planner.Type("e").Type("kahvila kuura").Press(Key.Enter);

        // Then
        planner.Window.Current.ShouldBeOfType<ExplainView>().Explanation.IsMatch.ShouldBeFalse();
        var screen = planner.Screen;
        screen.ShouldContain("Kahvila Kuura is not suggested, because:");
        screen.ShouldContain("excluded");
        planner.Press(Key.Esc);
        planner.Window.Current.ShouldBeOfType<MatchesView>().IsAsking.ShouldBeFalse();
    }

    [Fact]
    public void E_With_An_Unknown_Name_Should_Say_So_And_Esc_Should_Cancel_The_Question()
    {
        // Given
        using var planner = Matches();

        // When
        planner.Type("e").Type("nobody here").Press(Key.Enter);
        var view = planner.Window.Current.ShouldBeOfType<MatchesView>();
        var message = view.Message;
        planner.Press(Key.Esc);

        // Then
        message.ShouldBe("No business named 'nobody here'.");
        view.IsAsking.ShouldBeFalse();
        planner.Window.Current.ShouldBe(view);
    }

    [Fact]
    public void C_On_The_List_Should_Start_A_Campaign_With_The_Selected_Partner()
    {
        // Given
        using var planner = Matches(session: Session.Coordinator);
        var best = planner.Window.Current.ShouldBeOfType<MatchesView>().Model.Matches[0];

        // When
        planner.Type("c");

        // Then
        planner.Window.Current.ShouldBeOfType<CampaignWorkspace>().Campaign.ShouldBeNull();
        var screen = planner.Screen;
        screen.ShouldContain("Kahvila Aalto");
        screen.ShouldContain(best.Partner.Name);
    }

    [Fact]
    public void A_Guest_Asking_For_A_Campaign_Should_Be_Told_To_Sign_In()
    {
        // Given
        using var planner = Matches();

        // When
        planner.Type("c");

        // Then
        planner.Window.Current.ShouldBeOfType<MatchesView>().Message.ShouldBe("Sign in as a member or the coordinator to start a campaign.");
    }

    [Fact]
    public void G_Should_Suggest_A_Group_Plus_Should_Grow_It_And_C_Should_Start_Its_Campaign()
    {
        // Given
        using var planner = Matches(session: Session.Coordinator, texts: TuiTexts.Finnish);

        // When
        planner.Type("g");
        var group = planner.Window.Current.ShouldBeOfType<GroupView>();
        var three = planner.Screen;
        planner.Type("+");
        var four = planner.Screen;
        var members = group.Model.Suggestion.Members;
        planner.Type("c");

        // Then
        three.ShouldContain("Paras 3 kumppanin ryhmä (3 löytyi), kaikki sopivat keskenään");
        four.ShouldContain("Paras 4 kumppanin ryhmä (4 löytyi)");
        group.Model.Size.ShouldBe(4);
        four.ShouldContain("Yhteinen tavoittavuus");
        planner.Window.Current.ShouldBeOfType<CampaignWorkspace>();
        var screen = planner.Screen;
        foreach (var member in members)
        {
            screen.ShouldContain(member.Partner.Name);
        }
    }

    [Fact]
    public void F1_Should_List_Every_Key_Of_The_Matches()
    {
        // Given
        using var planner = Matches(session: Session.Coordinator);

        // When
        planner.Press(Key.F1);

        // Then
        var help = planner.Screen;
        help.ShouldContain("Keys: Matches for Kahvila");
        help.ShouldContain("why not…");
        help.ShouldContain("start a campaign with this partner");
    }

    [Fact]
    public void Question_Mark_Should_Open_Help_On_The_List_But_Type_Into_The_Name()
    {
        // Given
        using var planner = Matches();

        // When
        planner.Type("e?");
        var asking = planner.Window.Current.ShouldBeOfType<MatchesView>().IsAsking;
        var typed = planner.Screen;
        planner.Press(Key.Esc).Type("?");

        // Then
        asking.ShouldBeTrue();
        typed.ShouldContain("Explain which business: ?");
        planner.Window.Current.ShouldBeOfType<Tui.Shell.HelpView>();
    }

    [Fact]
    public void A_On_A_Group_Should_Advise_Where_The_Group_Advertises_Together_Counting_Every_Members_Own_Channels()
    {
        // Given: the café's best group of three
        using var planner = Matches(width: 120, height: 40);
        planner.Type("g");
        var group = planner.Window.Current.ShouldBeOfType<GroupView>();
        var names = group.Model.CampaignIds.Select(id => planner.Backend.GetBusiness(id)!.Name).ToList();

        // When
        planner.Type("a");

        // Then: the advice of channels advise for those four, with every member's own channels
        var advice = planner.Window.Current.ShouldBeOfType<CoMarketing.Tui.Screens.Advice.AdviceView>();
        var screen = planner.Screen;
        screen.ShouldContain("Channel advice");
        names.Count.ShouldBe(4);
        var lines = advice.Lines.Source!.ToList().Cast<string>().ToList();
        lines.ShouldContain(l => l.Contains("@kahvila.aalto", StringComparison.Ordinal));
        foreach (var name in names.Skip(1))
        {
            var channels = planner.Backend.Named(name).Channels.Select(c => c.Name).ToList();
            lines.ShouldContain(l => channels.Any(c => l.Contains(c, StringComparison.Ordinal)), $"one of {name}'s own channels");
        }
    }
}
