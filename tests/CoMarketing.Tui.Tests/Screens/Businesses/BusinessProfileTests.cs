using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Businesses;
using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Tests.Application;
using CoMarketing.Tui.Tests.Shell;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Screens.Businesses;

[Collection(TerminalCollection.Name)]
public sealed class BusinessProfileTests
{
    [Fact]
    public void The_Profile_Should_List_Audience_And_Channels_Under_Column_Headers()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, Session.Guest, TuiTexts.Finnish);

        // When
        var profile = new BusinessProfileModel(service, service.GetBusiness(backend.Named("Kahvila Aalto").Id)!);

        // Then
        var text = string.Join('\n', profile.Lines.Select(line => line.Text));
        text.ShouldContain("Rovaniemi (698)");
        text.ShouldContain("25–34");
        var headers = profile.Lines.Single(line => line.Kind == ProfileLineKind.Heading && line.Text.Contains(ChannelCells.Headers(TuiTexts.Finnish)[0], StringComparison.Ordinal));
        foreach (var header in ChannelCells.Headers(TuiTexts.Finnish))
        {
            headers.Text.ShouldContain(header);
        }

        text.ShouldContain("8\u00a0200");
        text.ShouldNotContain("info@kahvilaaalto.fi");
    }

    [Fact]
    public void A_Guest_Should_Open_A_Read_Only_Profile_From_The_Table_And_See_Its_Matches()
    {
        // Given: a guest on the business table, filtered to one business
        using var planner = new Headless();
        planner.Window.OpenArea("MenuBusinesses");
        var table = planner.Window.Current.ShouldBeOfType<BusinessesView>();
        table.Table.RefreshContentSize();
        planner.Press(new Key('/'));
        planner.Type("Kahvila Aalto");

        // When
        planner.Press(Key.Enter, Key.Enter);

        // Then
        var profile = planner.Window.Current.ShouldBeOfType<BusinessProfileView>();
        var screen = planner.Screen;
        screen.ShouldContain("Kahvila Aalto · read-only");
        screen.ShouldContain("Rovaniemi (698)");

        // When: scrolled to the end, then m
        planner.Press(Key.PageDown, Key.PageDown);
        profile.Top.ShouldBeGreaterThan(0);
        planner.Screen.ShouldContain("@kahvila.aalto");
        planner.Press(new Key('m'));

        // Then
        planner.Screen.ShouldContain("Matches for Kahvila Aalto");
    }

    [Fact]
    public void A_Member_Should_Get_The_Editor_For_Its_Own_Business_And_The_Profile_For_Others()
    {
        // Given
        using var planner = new Headless();
        var own = planner.Backend.Named("Kahvila Aalto");
        var other = planner.Backend.Named("Kahvila Kuura");
        planner.Shell.SignIn(Session.Member(own.Id));

        // Then
        BusinessOpener.Open(planner.Window.Context, own.Id).ShouldBeOfType<BusinessEditorView>();
        BusinessOpener.Open(planner.Window.Context, other.Id).ShouldBeOfType<BusinessProfileView>();
    }
}
