using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

public sealed class SettingsModelTests
{
    private static (InMemoryPlannerBackend Backend, SettingsModel Model) Open(TuiTexts? texts = null)
    {
        var backend = InMemoryPlannerBackend.Demo();
        return (backend, new SettingsModel(new PlannerService(backend, Session.Coordinator, texts ?? TuiTexts.Finnish)));
    }

    [Fact]
    public void Every_Setting_Should_Be_Saved_Together_In_One_Audited_Change()
    {
        // Given
        var (backend, model) = Open();

        // When
        model.Name = "Kemin Yrittäjät ry";
        model.Population = "20 500";
        model.Vat = "24,5";
        model.Language = Language.English;
        model.SmallTownMode = true;
        model.IdleMinutes = "7";
        var saved = model.Save();

        // Then
        saved.ShouldBeTrue();
        backend.GetAssociation().ShouldBe(new AssociationSettings("Kemin Yrittäjät ry", "EUR", 24.5m, Language.English, 20500, true, 7));
        backend.Writes.ShouldHaveSingleItem().ShouldBe(new BackendWrite("UpdateAssociation", Actor.Coordinator, null, "Kemin Yrittäjät ry"));
        model.Message.ShouldBe(ToolMessage.Done("Asetukset tallennettu."));
    }

    [Fact]
    public void Saving_Should_Keep_What_The_Screen_Does_Not_Edit_Payment_Details_And_Federation_Sharing()
    {
        // Given: settings changed on the command line
        var backend = InMemoryPlannerBackend.Demo();
        var kept = backend.GetAssociation() with
        {
            BusinessId = Core.Businesses.BusinessId.Parse("2077474-0"),
            PaymentTermDays = 30,
            FederationSharing = FederationSharing.Contacts,
            Coordinator = new Core.Businesses.ContactInfo("Kaisa", "kaisa@yrittajat.fi", null),
        };
        backend.UpdateAssociation(kept, Actor.CommandLine);
        var model = new SettingsModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish));

        // When
        model.IdleMinutes = "9";
        model.Save().ShouldBeTrue();

        // Then
        backend.GetAssociation().ShouldBe(new AssociationSettings(kept.Name, kept.Currency, kept.DefaultVatPercent, kept.Language, kept.Population, kept.SmallTownMode, 9)
        {
            BusinessId = kept.BusinessId,
            Iban = kept.Iban,
            PaymentTermDays = 30,
            FederationSharing = FederationSharing.Contacts,
            Coordinator = kept.Coordinator,
        });
    }

    [Fact]
    public void I_can_choose_what_the_federation_sees_with_a_way_to_reach_me()
    {
        var (backend, model) = Open(TuiTexts.English);

        model.Sharing = FederationSharing.Profiles;
        model.Save().ShouldBeFalse();
        model.Errors[SettingsModel.CoordinatorField].ShouldBe("Sharing with the federation needs the coordinator's e-mail or phone.");
        model.CoordinatorEmail = "kaisa@yrittajat";
        model.Save().ShouldBeFalse();
        model.Errors[SettingsModel.CoordinatorField].ShouldBe("Check the coordinator's e-mail (name@example.fi) and phone (at least 5 digits).");
        backend.Writes.ShouldBeEmpty();

        model.CoordinatorEmail = "kaisa@yrittajat.fi";
        model.Save().ShouldBeTrue();

        var saved = backend.GetAssociation();
        (saved.FederationSharing, saved.Coordinator).ShouldBe((FederationSharing.Profiles, new Core.Businesses.ContactInfo(null, "kaisa@yrittajat.fi", null)));
        backend.Writes.ShouldHaveSingleItem().Operation.ShouldBe("UpdateAssociation");
    }

    [Fact]
    public void The_Fields_Should_Start_From_The_Saved_Settings_Written_In_The_Planner_Language()
    {
        var (backend, model) = Open();

        model.Name.ShouldBe(backend.GetAssociation().Name);
        model.Population.ShouldBe(backend.GetAssociation().Population.ToString("N0", TuiTexts.Finnish.Culture));
        model.Vat.ShouldBe("25,5");
        model.IdleMinutes.ShouldBe(backend.GetAssociation().KioskIdleMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_Bad_Field_Should_Get_Its_Own_Message_And_Nothing_Be_Saved()
    {
        // Given
        var (backend, model) = Open(TuiTexts.English);
        var before = backend.GetAssociation();

        // When
        model.Name = "  ";
        model.Population = "0";
        model.Vat = "25,555";
        model.IdleMinutes = "121";
        var saved = model.Save();

        // Then
        saved.ShouldBeFalse();
        model.Errors.ShouldBe(new Dictionary<string, string>
        {
            [SettingsModel.NameField] = "The association needs a name.",
            [SettingsModel.PopulationField] = "Population must be a whole number above zero, like 65500.",
            [SettingsModel.VatField] = "VAT must be a percentage from 0 to 100 with at most two decimals, like 25.5.",
            [SettingsModel.IdleField] = "Idle time must be a whole number of minutes from 1 to 120.",
        });
        model.Message!.IsError.ShouldBeTrue();
        backend.GetAssociation().ShouldBe(before);
        backend.Writes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("25.5", true)]
    [InlineData("25,5 %", true)]
    [InlineData("0", true)]
    [InlineData("100", true)]
    [InlineData("100,01", false)]
    [InlineData("-1", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    public void Vat_Should_Be_A_Percentage_With_At_Most_Two_Decimals(string vat, bool valid)
    {
        var (_, model) = Open();
        model.Vat = vat;

        model.Save();

        model.Errors.ContainsKey(SettingsModel.VatField).ShouldBe(!valid);
    }

    [Fact]
    public void Saving_Unchanged_Settings_Should_Write_Nothing()
    {
        var (backend, model) = Open();

        model.Save().ShouldBeFalse();

        model.Message.ShouldBe(ToolMessage.Done("Ei muutoksia."));
        backend.Writes.ShouldBeEmpty();
    }

    [Fact]
    public void A_Member_Should_Not_Open_The_Settings()
    {
        var backend = InMemoryPlannerBackend.Demo();
        var member = new PlannerService(backend, Session.Member(backend.Named("Kahvila Aalto").Id));

        Should.Throw<DomainException>(() => new SettingsModel(member)).Message.ShouldBe("Only the coordinator can use this tool.");
    }
}
