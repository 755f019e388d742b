using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;
using Terminal.Gui.Input;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

[Collection(TerminalGuiCollection.Name)]
public sealed class MemberImportViewTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("comarketing-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void I_can_see_every_bad_row_in_a_dry_run_and_import_nothing()
    {
        // Given
        var path = Path.Combine(_folder, "jasenet.csv");
        File.WriteAllLines(path, ["name;industry;municipality", "Kahvila Mänty;56102;Rovaniemi", "Kahvila Aalto;56102;Rovaniemi", "Rautakauppa Ruuvi;12;Rovaniemi"]);
        var backend = InMemoryPlannerBackend.Demo();
        var model = new MemberImportModel(new PlannerService(backend, Session.Coordinator, TuiTexts.Finnish));
        using var terminal = new HeadlessTerminal(100, 24).Show(new MemberImportView(model));

        // When: the path typed and Enter (the dry run), then Tab to Import and Enter
        terminal.Type(path).Press(Key.Enter);
        var preview = terminal.Screen;
        terminal.Press(Key.Tab, Key.Tab, Key.Tab).Press(Key.Enter);

        // Then
        preview.ShouldContain("rivi 3: ", customMessage: preview);
        preview.ShouldContain("rivi 4: ");
        preview.ShouldContain("✗ Virheitä: 2. Mitään ei tuoda ennen kuin jokainen rivi on kunnossa.");
        backend.Writes.ShouldBeEmpty();
    }
}
