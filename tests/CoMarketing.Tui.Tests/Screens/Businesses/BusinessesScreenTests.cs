using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Businesses;
using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Businesses;

public sealed class BusinessesScreenTests
{
    private static (ScreenDriver Driver, InMemoryPlannerBackend Backend) Open(Func<InMemoryPlannerBackend, Session> session, TuiTexts? texts = null, int width = 80, int height = 24)
    {
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, session(backend));
        var driver = new ScreenDriver(new Editor.ParentScreen(), width, height, texts);
        driver.Navigator.Run(Tui.Screens.ScreenCommand.Push(new BusinessesScreen(service, driver.Texts)));
        return (driver, backend);
    }

    [Fact]
    public void Should_Render_The_Members_At_80x24()
    {
        // When
        var (driver, backend) = Open(_ => Session.Guest);
        var lines = driver.Frame();

        // Then
        lines.Count.ShouldBe(24);
        lines[0].ShouldStartWith(" CoMarketing › Businesses");
        lines[0].ShouldEndWith($"{backend.GetBusinesses().Count} members ");
        lines[3].ShouldContain("Name");
        lines[3].ShouldContain("Municipality");
        lines[5].ShouldStartWith("│ › │ Arktiset Yrtit ");
        lines[23].ShouldStartWith("? help  Esc back  Enter open  m matches  / filter");
        lines.ShouldAllBe(line => line.Length <= 80);
    }

    [Fact]
    public void Filter_Should_Narrow_The_List_In_Finnish_At_120x40()
    {
        // Given
        var (driver, _) = Open(_ => Session.Guest, TuiTexts.Finnish, 120, 40);

        // When
        driver.Press("/").Type("kahvila-rav").Press("Enter");
        var lines = driver.Frame();

        // Then
        var table = driver.Screen<BusinessesScreen>().Table;
        table.List.Count.ShouldBe(2);
        lines.ShouldContain(line => line.Contains("Kahvila Aalto") && line.Contains("Kahvila-ravintolat") && line.Contains("Rovaniemi"));
        lines[0].ShouldEndWith("2 jäsentä ");
    }

    [Fact]
    public void Enter_Should_Open_The_Editor_For_The_Own_Business_And_A_Read_Only_Profile_Otherwise()
    {
        // Given: Kahvila Aalto's member
        var (driver, _) = Open(b => Session.Member(b.Named("Kahvila Aalto").Id));

        // When: the own business
        driver.Press("/").Type("Kahvila Aalto").Press("Enter Enter");

        // Then
        driver.Screen<BusinessEditorScreen>().Original!.Name.ShouldBe("Kahvila Aalto");

        // When: back, another business
        driver.Press("Esc Esc /").Type("Kahvila Kuura").Press("Enter Enter");

        // Then
        driver.Screen<BusinessProfileScreen>().Business.Name.ShouldBe("Kahvila Kuura");
        var text = driver.FrameText();
        text.ShouldContain("read-only");
        text.ShouldNotContain("kahvilakuura.fi"); // contact details are the business's own
    }

    [Fact]
    public void M_Should_Show_The_Matches_Of_The_Selected_Business()
    {
        // Given
        var (driver, _) = Open(_ => Session.Guest);

        // When
        driver.Press("/").Type("Kahvila Aalto").Press("Enter");
        var result = driver.Current.Handle(Tui.Input.KeyPress.Character(new System.Text.Rune('m')), driver.Context);

        // Then: the matches open as their own view over the list
        result.Commands.OfType<Tui.Screens.OpenView>().ShouldHaveSingleItem();
        driver.Current.ShouldBeOfType<BusinessesScreen>();
    }

    [Theory]
    [InlineData(true, typeof(BusinessEditorScreen))]
    [InlineData(false, typeof(BusinessesScreen))]
    public void N_Should_Register_A_New_Business_For_The_Coordinator_Only(bool coordinator, Type expected)
    {
        // Given
        var (driver, _) = Open(b => coordinator ? Session.Coordinator : Session.Member(b.Named("Kahvila Aalto").Id));

        // When
        driver.Press("n");

        // Then
        driver.Current.ShouldBeOfType(expected);
    }

    [Fact]
    public void Thousands_Of_Rows_Should_Scroll_With_Only_The_Visible_Ones_Rendered()
    {
        // Given: 3 000 members
        var backend = InMemoryPlannerBackend.Empty();
        for (var i = 1; i <= 3000; i++)
        {
            backend.AddBusiness(new Business(0, $"Yritys {i:D4}", null, IndustryCode.Parse("56101"), [], MunicipalityCode.Parse("698"), null,
                CustomerType.Consumers, ContactInfo.None, null, false, Audience.Empty, []), Core.Audit.Actor.Coordinator);
        }

        var driver = new ScreenDriver(new BusinessesScreen(new PlannerService(backend, Session.Guest), TuiTexts.English));

        // When
        driver.Press("G");
        var lines = driver.Frame();

        // Then
        lines[1].ShouldBe("2,985–3,000 of 3,000");
        lines.ShouldContain(line => line.Contains("› │ Yritys 3000"));
        lines.Count(line => line.Contains("Yritys ")).ShouldBe(16);
    }
}
