using CoMarketing.Cli.Planner;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Demo;
using CoMarketing.Storage;
using CoMarketing.Storage.Demo;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Editor;

namespace CoMarketing.Cli.Tests.Planner;

/// <summary>
/// Two kiosks on one LiteDB file edit the same member: the second save is refused and the editor asks "yours or
/// theirs?": yes saves its input over the other kiosk's save, no reloads theirs, Esc leaves both for later.
/// </summary>
public sealed class BusinessSavedElsewhereTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("comarketing-editor-conflict-").FullName;
    private readonly string _path;
    private readonly long _id;

    public BusinessSavedElsewhereTests()
    {
        _path = Path.Combine(_folder, "kiosks.db");
        var setup = Store.Open(_path, TimeProvider.System);
        DemoInstaller.Install(setup, DemoAssociation.Build(new DateOnly(2027, 1, 10)), replace: false, Actor.CommandLine, TimeProvider.System);
        _id = setup.Businesses.GetAll().First(b => b.Name.StartsWith("Kahvila", StringComparison.Ordinal)).Id;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_Save_After_The_Other_Kiosk_Saved_Should_Be_Refused_And_Ask_Yours_Or_Theirs()
    {
        // Given: kiosk A's editor open; kiosk B renames the member meanwhile
        var mine = Editor(TuiTexts.Finnish);
        mine.Set(FieldNames.Notes, "Kiosk A:n muistiinpano");
        RenameElsewhere("Kahvila B");

        // When
        var saved = mine.Save();

        // Then: nothing saved, the question asked in Finnish
        saved.ShouldBeNull();
        mine.Question.ShouldBe(EditorQuestion.SavedElsewhere);
        mine.QuestionText.ShouldBe("Omasi vai toisen?");
        mine.Message.ShouldBe("Joku muu tallensi kohteen ”Kahvila B” avaamisesi jälkeen; mitään ei tallennettu.");
        Stored().Name.ShouldBe("Kahvila B");
        Stored().Notes.ShouldNotBe("Kiosk A:n muistiinpano");
    }

    [Fact]
    public void Keeping_Yours_Should_Save_Your_Input_Over_The_Other_Kiosks_Save()
    {
        // Given: the refused save
        var mine = Editor(TuiTexts.English);
        var myName = mine.Profile[FieldNames.Name].Value;
        mine.Set(FieldNames.Notes, "Kiosk A's note");
        RenameElsewhere("Kahvila B");
        mine.Save();

        // When: "yours"
        var closes = mine.Answer(yes: true);

        // Then: A's input is what is stored now, B's rename included
        closes.ShouldBeFalse();
        mine.JustSaved.ShouldNotBeNull();
        mine.Question.ShouldBe(EditorQuestion.None);
        Stored().Notes.ShouldBe("Kiosk A's note");
        Stored().Name.ShouldBe(myName);
        mine.Message.ShouldBe($"Saved {myName}.");
    }

    [Fact]
    public void Reloading_Theirs_Should_Show_The_Other_Kiosks_Save_And_Drop_Your_Input()
    {
        // Given: the refused save
        var mine = Editor(TuiTexts.English);
        mine.Set(FieldNames.Notes, "Kiosk A's note");
        RenameElsewhere("Kahvila B");
        mine.Save();

        // When: "theirs"
        mine.Answer(yes: false);

        // Then: the editor shows B's save; nothing of A's was stored; a save now goes through
        mine.Profile[FieldNames.Name].Value.ShouldBe("Kahvila B");
        mine.Profile[FieldNames.Notes].Value.ShouldNotBe("Kiosk A's note");
        mine.Message.ShouldBe("Reloaded: this is “Kahvila B” as saved elsewhere; your changes were dropped.");
        mine.JustSaved.ShouldBeNull();
        Stored().Notes.ShouldNotBe("Kiosk A's note");
        mine.Set(FieldNames.Notes, "After the reload");
        mine.Save().ShouldNotBeNull();
        Stored().Name.ShouldBe("Kahvila B");
        Stored().Notes.ShouldBe("After the reload");
    }

    [Fact]
    public void Deciding_Later_Should_Keep_Your_Input_Unsaved_And_Ask_Again_At_The_Next_Save()
    {
        // Given: the refused save
        var mine = Editor(TuiTexts.English);
        mine.Set(FieldNames.Notes, "Kiosk A's note");
        RenameElsewhere("Kahvila B");
        mine.Save();

        // When: Esc, then Ctrl+S again
        mine.DecideLater();
        var input = mine.Profile[FieldNames.Notes].Value;
        var again = mine.Save();

        // Then
        input.ShouldBe("Kiosk A's note");
        again.ShouldBeNull();
        mine.Question.ShouldBe(EditorQuestion.SavedElsewhere);
        Stored().Name.ShouldBe("Kahvila B");
    }

    private BusinessEditorModel Editor(TuiTexts texts)
    {
        var kiosk = new PlannerService(new StoreBackend(Store.Open(_path, TimeProvider.System), TimeProvider.System), Session.Coordinator, texts);
        return new BusinessEditorModel(kiosk, kiosk.GetBusiness(_id));
    }

    /// <summary>Kiosk B, its own store on the same file, renames the member in its editor and saves.</summary>
    private void RenameElsewhere(string name)
    {
        var theirs = Editor(TuiTexts.English);
        theirs.Set(FieldNames.Name, name);
        theirs.Save().ShouldNotBeNull();
    }

    private Core.Businesses.Business Stored() => Store.Open(_path, TimeProvider.System).Businesses.Get(_id)!;
}
