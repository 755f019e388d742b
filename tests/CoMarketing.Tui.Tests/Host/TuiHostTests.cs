using CoMarketing.Tui.Host;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Tests.Support;

namespace CoMarketing.Tui.Tests.Host;

public sealed class TuiHostTests : IDisposable
{
    private static readonly TerminalSize Size = new(80, 24);
    private readonly string _folder = Directory.CreateTempSubdirectory("comarketing-tui-").FullName;
    private readonly ManualTimeProvider _clock = new();

    private HostOptions Options => new() { ErrorLogPath = Path.Combine(_folder, "error.log") };

    private TuiHost Host(IScreen first, RecordingTerminal terminal, string script, HostOptions? options = null) =>
        new(first, terminal, new ScriptedKeySource(Keys.Parse(script), _clock.Advance), _clock, options ?? Options);

    private static MessageScreen Message(string title) => new(title, "text");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Run_Should_Draw_Apply_Keys_And_Restore_The_Terminal()
    {
        // Given
        var terminal = new RecordingTerminal(Size);
        var host = Host(Message("Welcome"), terminal, "");
        host.Navigator.Run(ScreenCommand.Push(Message("Details")));

        // When
        host.Run();

        // Then
        terminal.Entered.ShouldBe(1);
        terminal.Left.ShouldBe(1);
        terminal.Writes.ShouldHaveSingleItem().ShouldContain("Details");
    }

    [Fact]
    public void Escape_Left_By_The_Screen_Should_Go_Back_But_Not_Past_The_First_Screen()
    {
        // Given
        var host = Host(new ThrowingScreen(), new RecordingTerminal(Size), "");
        host.Navigator.Run(ScreenCommand.Push(new ThrowingScreen()));

        // When
        host.Process(KeyPress.Of(Key.Escape), Size);
        host.Process(KeyPress.Of(Key.Escape), Size);

        // Then
        host.Navigator.Depth.ShouldBe(1);
    }

    [Fact]
    public void Question_Mark_Should_Open_Help_Listing_Screen_And_Global_Keys_And_Any_Key_Close_It()
    {
        // Given
        var host = Host(new ThrowingScreen(), new RecordingTerminal(Size), "");

        // When
        host.Process(KeyPress.Character('?'), Size);
        var help = Support.Screens.Text(host.Compose(Size).Lines);
        host.Process(KeyPress.Character('q'), Size);

        // Then
        help.ShouldContain("Keys: Fragile");
        help.ShouldContain("│ x      │ fail");
        help.ShouldContain("│ Ctrl+C │ quit");
        host.HelpVisible.ShouldBeFalse();
    }

    [Fact]
    public void Ctrl_C_Should_Quit_And_Restore_The_Terminal()
    {
        // Given
        var terminal = new RecordingTerminal(Size);
        var host = Host(new ThrowingScreen(), terminal, "C-c j j");

        // When
        host.Run();

        // Then
        host.Navigator.IsQuitting.ShouldBeTrue();
        terminal.Left.ShouldBe(1);
    }

    [Fact]
    public void An_Error_In_A_Screen_Should_Be_Logged_And_Shown_As_A_Message_Not_A_Stack_Trace()
    {
        // Given
        var host = Host(new ThrowingScreen(), new RecordingTerminal(Size), "");

        // When
        host.Process(KeyPress.Character('x'), Size);
        var lines = host.Compose(Size).Lines;

        // Then
        var log = File.ReadAllText(Path.Combine(_folder, "error.log"));
        log.ShouldContain("System.InvalidOperationException: boom");
        log.ShouldContain("ThrowingScreen.Handle");
        lines[22].ShouldStartWith("Error: Something went wrong and the action was not completed.");
        Support.Screens.Text(lines).ShouldNotContain("   at ");
        host.Navigator.Current.ShouldBeOfType<ThrowingScreen>();
    }

    [Fact]
    public void A_Screen_That_Fails_To_Render_Should_Be_Closed_With_A_Message()
    {
        // Given
        var host = Host(Message("Welcome"), new RecordingTerminal(Size), "");
        host.Navigator.Run(ScreenCommand.Push(new ThrowingScreen(FailToRender: true)));

        // When
        var lines = host.Compose(Size).Lines;

        // Then
        host.Navigator.Current.ShouldBeOfType<MessageScreen>().Title.ShouldBe("Welcome");
        lines[22].ShouldStartWith("Error: Something went wrong");
        File.ReadAllText(Path.Combine(_folder, "error.log")).ShouldContain("render boom");
    }

    [Fact]
    public void A_Resize_Should_Redraw_The_Whole_Frame_At_The_New_Size()
    {
        // Given
        var terminal = new RecordingTerminal(Size);
        var keys = new ScriptedKeySource([], _ => terminal.Size = new TerminalSize(120, 40)) { IdleWaits = 1 };
        var host = new TuiHost(Message("Welcome"), terminal, keys, _clock, Options with { IdleTimeout = null });

        // When
        host.Run();

        // Then
        terminal.Writes.Count.ShouldBe(2);
        terminal.Writes[1].ShouldContain("\u001b[2J");
        terminal.Writes[1].ShouldContain("\u001b[40;1H");
    }

    [Fact]
    public void After_The_Idle_Timeout_The_Idle_Hook_Should_Run_Once()
    {
        // Given
        var runs = 0;
        var options = Options with
        {
            IdleTimeout = TimeSpan.FromMinutes(3),
            OnIdle = navigator => { runs++; return [ScreenCommand.ResetTo(navigator.Screens[0])]; },
        };
        var keys = new ScriptedKeySource(Keys.Parse("j"), _clock.Advance) { IdleWaits = 5000 };
        var host = new TuiHost(Message("Welcome"), new RecordingTerminal(Size), keys, _clock, options);
        host.Navigator.Run(ScreenCommand.Push(Message("Editor")));

        // When
        host.Run();

        // Then
        runs.ShouldBe(1);
        host.Navigator.Current.ShouldBeOfType<MessageScreen>().Title.ShouldBe("Welcome");
    }

    [Fact]
    public void RenderOnce_Should_Write_The_First_Screen_As_Plain_Text()
    {
        // Given
        var output = new StringWriter();

        // When
        TuiHost.RenderOnce(Message("Tervetuloa"), output, Size, Options, _clock);

        // Then
        var lines = output.ToString().Split(Environment.NewLine);
        lines[0].ShouldBe(" CoMarketing › Tervetuloa");
        lines.ShouldContain(line => line.Contains("text", StringComparison.Ordinal));
        output.ToString().ShouldNotContain("\u001b");
    }

    [Fact]
    public void A_Tiny_Terminal_Should_Ask_For_More_Room()
    {
        // Given
        var host = Host(Message("Welcome"), new RecordingTerminal(Size), "");

        // When
        var text = Support.Screens.Text(host.Compose(new TerminalSize(30, 8)).Lines);

        // Then
        text.ShouldContain("The terminal is too small");
        text.ShouldContain("(30×8)");
    }
}
