namespace CoMarketing.EndToEnd.Tests.Tmux;

public sealed class TmuxSessionTests
{
    [Fact]
    public void I_can_type_a_line_with_finnish_letters_and_read_the_answer()
    {
        // Given
        using var session = TmuxSession.Start("bash --norc -c 'read x; echo got:$x'");

        // When
        session.SendText("hyvää päivää, Åke");
        session.SendKeys("Enter");

        // Then
        session.WaitFor("got:hyvää päivää, Åke");
        session.WaitForExit().ShouldBe(0);
    }

    [Fact]
    public void Key_names_reach_the_program_as_terminal_bytes()
    {
        // Given
        using var session = TmuxSession.Start("bash --norc -c 'stty raw -echo; echo ready; head -c 4 | od -An -tx1 > keys.txt; stty sane; cat keys.txt'");
        session.WaitFor("ready");

        // When
        session.SendKeys("Tab", "BTab");

        // Then
        session.WaitFor("09 1b 5b 5a");
        session.WaitForExit().ShouldBe(0);
    }

    [Fact]
    public void Resizing_the_window_changes_the_size_the_program_sees()
    {
        // Given
        using var session = TmuxSession.Start("bash --norc -c 'stty size; read x; stty size'");
        session.WaitFor("24 80");

        // When
        session.Resize(120, 40);
        session.SendKeys("Enter");

        // Then
        session.WaitFor("40 120");
    }

    [Fact]
    public void The_command_gets_a_private_home_and_an_xterm_terminal()
    {
        // Given
        using var session = TmuxSession.Start("echo \"term=$TERM home=$HOME\"", environment: new Dictionary<string, string> { ["NO_COLOR"] = "1" });

        // Then
        session.WaitFor($"term=xterm-256color home={session.HomeFolder}");
        session.WaitForExit().ShouldBe(0);
    }
}
