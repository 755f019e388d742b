using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Tests.Screens.Editor;

public sealed class BusinessEditorRenderTests
{
    [Fact]
    public void Should_Render_The_Profile_At_80x24()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When
        var lines = kit.Driver.Frame();

        // Then
        lines.Count.ShouldBe(24);
        lines[0].ShouldStartWith(" CoMarketing › Edit Kahvila Aalto");
        lines[1].ShouldStartWith("[F2 Profile]  F3 Audience   F4 Channels");
        lines[2].ShouldStartWith("› Name ");
        lines[2].ShouldContain("Kahvila Aalto");
        lines.ShouldContain(line => line.Contains("Industry") && line.Contains("Cafés and cafeteria-restaurants (56102)"));
        lines.ShouldContain(line => line.Contains("Municipality") && line.Contains("Rovaniemi (698)"));
        lines.ShouldContain(line => line.Contains("E-mail"));
        lines[23].ShouldStartWith("? help  Ctrl+S save  Tab next field  F2-F4 tab");
        lines.ShouldAllBe(line => line.Length <= 80);
    }

    [Fact]
    public void Should_Render_The_Audience_With_Bars_And_Total_At_120x40()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness(width: 120, height: 40);

        // When
        kit.Press("F3");
        var lines = kit.Driver.Frame();

        // Then
        lines.Count.ShouldBe(40);
        lines[2].ShouldBe("Age bands total 100 %");
        lines[3].ShouldBe("› 0–17            10  % ██░░░░░░░░░░░░░░░░░░");
        lines[5].ShouldBe("  25–34           24  % █████░░░░░░░░░░░░░░░");
        lines.ShouldContain(line => line.Contains("Active months") && line.Contains("[1][2][3]"));
        lines.ShouldAllBe(line => line.Length <= 120);
    }

    [Fact]
    public void Should_Render_A_Focused_Picker_With_Its_List()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When
        kit.Press("Tab Tab Tab").Type("Rova");
        var text = kit.Driver.FrameText();

        // Then
        text.ShouldContain("› Municipality");
        text.ShouldContain("› Rovaniemi (698)");
    }

    [Fact]
    public void Should_Render_Channels_And_The_Remove_Question_In_Finnish()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness(texts: TuiTexts.Finnish);

        // When
        kit.Press("F4");
        var list = kit.Driver.FrameText();
        kit.Press("d");
        var question = kit.Driver.FrameText();

        // Then
        list.ShouldContain("[F4 Kanavat]");
        list.ShouldContain("Instagram");
        list.ShouldContain("@kahvila.aalto");
        list.ShouldContain("8\u00a0200"); // Finnish groups digits with a no-break space
        question.ShouldContain("Poistetaanko kanava @kahvila.aalto?");
        question.ShouldContain("k = kyllä, e = ei");
    }

    [Fact]
    public void Should_Show_Finnish_Letters_And_Inline_Messages()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness(texts: TuiTexts.Finnish);

        // When
        kit.Press("C-u").Type("Äänekosken Öljy").Press("Tab C-u").Type("123").Press("Tab");
        var text = kit.Driver.FrameText();

        // Then
        text.ShouldContain("Äänekosken Öljy");
        text.ShouldContain("! Kirjoita Y-tunnus muodossa 1234567-8.");
    }

    [Fact]
    public void Help_Should_List_Every_Editor_Key()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When
        kit.Press("F3");
        var help = Support.Screens.Text(Support.Screens.Frame(kit.Driver.Navigator, 80, 40, help: true));

        // Then
        help.ShouldContain("Ctrl+N");
        help.ShouldContain("scale to 100 %");
        help.ShouldContain("Shift+Tab");
        help.ShouldContain("F2-F4");
    }
}
