using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

[Collection(TerminalGuiCollection.Name)]
public sealed class SettingsViewTests
{
    [Fact]
    public void I_can_change_the_vat_after_a_typo_is_shown_at_its_field()
    {
        // Given: the coordinator opens the settings at 80×24
        var backend = InMemoryPlannerBackend.Demo();
        var model = new SettingsModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish));
        using var terminal = new HeadlessTerminal(80, 24).Show(new SettingsView(model));

        // When: the VAT field (third) gets "25,5x" and Enter
        terminal.Press(Key.Tab, Key.Tab).Press(Key.End).Type("x").Press(Key.Enter);
        var typo = terminal.Screen;
        terminal.Press(Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace, Key.Backspace).Type("24").Press(Key.Enter);

        // Then
        typo.ShouldContain("↳ ALV:n pitää olla prosentti 0–100", customMessage: typo);
        typo.ShouldContain("✗ Korjaa merkityt kentät; mitään ei tallennettu.");
        terminal.Screen.ShouldNotContain("↳", customMessage: terminal.Screen);
        terminal.Screen.ShouldContain("✓ Asetukset tallennettu.");
        backend.GetAssociation().DefaultVatPercent.ShouldBe(24m);
        backend.Writes.ShouldHaveSingleItem().Operation.ShouldBe("UpdateAssociation");
    }

    [Fact]
    public void I_can_share_profiles_with_the_federation_from_the_settings_at_80x24()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var model = new SettingsModel(new PlannerService(backend, Session.Coordinator, TuiTexts.English));
        var view = new SettingsView(model);
        using var terminal = new HeadlessTerminal(80, 24).Show(view);
        var before = terminal.Screen;

        // When: the sharing choice moved to "profiles", the e-mail typed, saved
        view.Sharing.Value = 2;
        view.CoordinatorEmail.Text = "kaisa@yrittajat.fi";
        terminal.Press(Key.Enter);

        // Then
        before.ShouldContain("Federation sharing   ◉ nothing  ○ counts  ○ profiles  ○ with contacts", customMessage: before);
        before.ShouldContain("Coordinator e-mail", customMessage: before);
        before.ShouldContain("Coordinator phone", customMessage: before);
        terminal.Screen.ShouldContain("✓", customMessage: terminal.Screen);
        backend.GetAssociation().FederationSharing.ShouldBe(Core.Association.FederationSharing.Profiles);
        backend.GetAssociation().Coordinator.Email.ShouldBe("kaisa@yrittajat.fi");
    }
}
