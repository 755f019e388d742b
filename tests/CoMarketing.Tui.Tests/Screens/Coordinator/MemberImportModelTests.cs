using CoMarketing.Core.Audit;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Coordinator;

public sealed class MemberImportModelTests : IDisposable
{
    private const string Header = "name;business_id;industry;municipality;customer_type";
    private readonly string _folder = Directory.CreateTempSubdirectory("comarketing-import-").FullName;
    private readonly InMemoryPlannerBackend _backend = InMemoryPlannerBackend.Demo();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllLines(path, [Header, .. lines]);
        return path;
    }

    private MemberImportModel Open(TuiTexts? texts = null) => new(new PlannerService(_backend, Session.Coordinator, texts ?? TuiTexts.English));

    [Fact]
    public void A_Dry_Run_Should_List_Every_Row_Error_With_Its_Line_And_Import_Nothing()
    {
        // Given: line 2 is fine, line 3 has a bad Y-tunnus, line 4 repeats an existing member's name
        var model = Open(TuiTexts.Finnish);
        model.Path = File("bad.csv", "Kahvila Mänty;;56102;Rovaniemi;consumers", "Rautakauppa Ruuvi;1234567-8;47521;Rovaniemi;both", "Kahvila Aalto;;56102;Rovaniemi;consumers");

        // When
        var ok = model.Preview();
        var imported = model.Import();

        // Then
        ok.ShouldBeFalse();
        imported.ShouldBeFalse();
        model.Lines.Count(l => l.StartsWith("rivi ", StringComparison.Ordinal)).ShouldBe(2);
        model.Lines[0].ShouldBe("rivi 3: business_id: Y-tunnuksen ”1234567-8” tarkistenumero ei täsmää; tarkista tunnus.");
        model.Lines[1].ShouldBe("rivi 4: name: jäsen nimeltä ”Kahvila Aalto” on jo olemassa.");
        model.Message.ShouldBe(ToolMessage.Error("Tarkista tiedosto ensin."));
        _backend.Writes.ShouldBeEmpty();
    }

    [Fact]
    public void A_Clean_File_Should_Preview_Its_Members_Then_Import_Them_All_In_One_Write()
    {
        // Given
        var model = Open();
        model.Path = File("good.csv", "Kahvila Mänty;;56102;Rovaniemi;consumers", "Tilitoimisto Öljymäki;;69202;698;businesses");

        // When
        var previewed = model.Preview();
        var lines = model.Lines;
        var previewMessage = model.Message;
        var imported = model.Import();

        // Then
        previewed.ShouldBeTrue();
        lines.ShouldBe(["  + Kahvila Mänty", "  + Tilitoimisto Öljymäki"]);
        previewMessage.ShouldBe(ToolMessage.Done("Ready to import 2 members; nothing is written yet."));
        imported.ShouldBeTrue();
        model.Message.ShouldBe(ToolMessage.Done("Imported 2 members."));
        _backend.Writes.ShouldHaveSingleItem().ShouldBe(new BackendWrite("ImportBusinesses", Actor.Coordinator, null, "Kahvila Mänty|Tilitoimisto Öljymäki"));
    }

    [Fact]
    public void A_File_That_Went_Bad_After_The_Dry_Run_Should_Import_Nothing()
    {
        var model = Open();
        model.Path = File("changing.csv", "Kahvila Mänty;;56102;Rovaniemi;consumers");
        model.Preview().ShouldBeTrue();
        File("changing.csv", "Kahvila Mänty;;56102;Rovaniemi;consumers", "Kahvila Mänty;;56102;Rovaniemi;consumers");

        model.Import().ShouldBeFalse();

        model.Message.ShouldBe(ToolMessage.Error("Nothing imported: errors in the file: 1."));
        model.Lines[0].ShouldStartWith("line 3: ");
        _backend.Writes.ShouldBeEmpty();
    }

    [Fact]
    public void A_Missing_File_Should_Be_Shown_At_The_Path_Field()
    {
        var model = Open(TuiTexts.Finnish);
        model.Path = Path.Combine(_folder, "missing.csv");

        model.Preview().ShouldBeFalse();

        model.Errors[MemberImportModel.PathField].ShouldBe($"Tiedostoa {model.Path} ei ole.");
    }

    [Fact]
    public void Changing_The_Path_After_A_Dry_Run_Should_Ask_For_A_New_One()
    {
        var model = Open();
        model.Path = File("good.csv", "Kahvila Mänty;;56102;Rovaniemi;consumers");
        model.Preview();
        model.Path = File("other.csv", "Kahvila Kanerva;;56102;Rovaniemi;consumers");

        model.Import().ShouldBeFalse();

        _backend.Writes.ShouldBeEmpty();
    }
}
