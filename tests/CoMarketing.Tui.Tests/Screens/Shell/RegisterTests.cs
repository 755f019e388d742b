using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Screens.Register;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Shell;

public sealed class RegisterTests
{
    private static ShellDriver OpenRegister(InMemoryPlannerBackend backend) => new ShellDriver(backend);

    [Fact]
    public void Registering_Should_Save_The_Business_Set_Its_Pin_And_Sign_It_In()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var driver = OpenRegister(backend);

        // When
        driver.Press("'Säätiö Öljymäki' Tab 'rovaniemi' Tab C-u 'both' Enter");
        driver.Current.ShouldBeOfType<RegisterScreen>().Step.ShouldBe(RegisterStep.Industry);
        driver.Press("'56102' Enter");
        driver.Press("'1357' Tab '1357'");
        var pinFrame = driver.Frame();
        driver.Press("Enter");

        // Then
        pinFrame.ShouldContain("Industry: Cafés");
        pinFrame.ShouldNotContain("1357");
        var added = backend.GetBusinesses().Single(b => b.Name == "Säätiö Öljymäki");
        added.Industry.Code.ShouldBe("56102");
        added.Municipality.Value.ShouldBe("698");
        added.CustomerType.ShouldBe(CustomerType.Both);
        added.Audience.Municipalities.ShouldContain(added.Municipality);
        backend.Writes.ShouldContain(new BackendWrite("AddBusiness", Actor.Guest, added.Id, "Säätiö Öljymäki"));
        backend.Accounts.Writes.ShouldContain(new BackendWrite("SetMemberPin", Actor.Member(added.Id), added.Id));
        driver.Shell.Current.Session.ShouldBe(Session.Member(added.Id));
        driver.WentHome.ShouldBeTrue();
        driver.Frame().ShouldContain("Säätiö Öljymäki is now a member. Welcome!");
    }

    [Fact]
    public void Details_Should_Say_What_Is_Wrong_And_Not_Go_On()
    {
        // Given
        var driver = OpenRegister(InMemoryPlannerBackend.Demo());

        // When
        driver.Press("'Kahvila Aalto' Tab 'Atlantis' Tab C-u 'everyone' Enter");

        // Then
        driver.Current.ShouldBeOfType<RegisterScreen>().Step.ShouldBe(RegisterStep.Details);
        var frame = driver.Frame();
        frame.ShouldContain("“Kahvila Aalto” is already a member.");
        frame.ShouldContain("Type consumers, businesses or both.");
        frame.ShouldContain("Atlantis");
    }

    [Fact]
    public void Different_Pins_Should_Save_Nothing()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var driver = OpenRegister(backend).Press("'Uusi Oy' Tab 'Kemi' Tab Enter 'kahvila' Enter");

        // When
        driver.Press("'1357' Tab '7531' Enter");

        // Then
        driver.Frame().ShouldContain("The two PINs differ; type the same PIN twice.");
        backend.Writes.ShouldBeEmpty();
        backend.Accounts.Writes.ShouldBeEmpty();
        driver.Current.ShouldBeOfType<RegisterScreen>().Step.ShouldBe(RegisterStep.Pin);
    }

    [Fact]
    public void Industry_Search_Should_Find_By_Finnish_Name()
    {
        // Given
        var driver = OpenRegister(InMemoryPlannerBackend.Demo()).Press("'Uusi Oy' Tab 'Kemi' Tab Enter");

        // When
        driver.Press("'parturi'");

        // Then
        var screen = driver.Current.ShouldBeOfType<RegisterScreen>();
        screen.Industries.Count.ShouldBeGreaterThan(0);
        screen.Industries.SelectedItem!.NameFi.ShouldContain("arturi");
    }

    [Fact]
    public void Esc_With_Typed_Input_Should_Ask_Before_Leaving()
    {
        // Given
        var driver = OpenRegister(InMemoryPlannerBackend.Demo()).Press("'Uusi Oy'");

        // When
        driver.Press("Esc");
        var asking = driver.Frame();
        driver.Press("n");
        var stayed = driver.Navigator.Depth;
        driver.Press("Esc y");

        // Then
        asking.ShouldContain("Leave without saving?");
        stayed.ShouldBe(2);
        driver.Navigator.Depth.ShouldBe(1);
    }
}
