using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Shell;

namespace CoMarketing.Tui.Screens.Welcome;

/// <summary>What an entry of the welcome screen does.</summary>
public enum WelcomeChoice
{
    LoadDemo,
    CreateAssociation,
    SignInMember,
    SignInCoordinator,
    BecomeCoordinator,
    Guest,
    Register,
    Quit,
}

/// <summary>An entry of the welcome screen.</summary>
public sealed record WelcomeEntry(WelcomeChoice Choice, string Label, string Description);

/// <summary>
/// The welcome (kiosk) screen without a terminal: the association's name and what one may do for the database as it
/// is now. "Sign in as the coordinator" is always there: with the PIN where one is set, else the first person to choose
/// one becomes the coordinator. On an empty database: load the demo or create the association. Quit only outside the kiosk.
/// </summary>
public sealed class WelcomeModel
{
    private readonly PlannerShell _shell;

    public WelcomeModel(PlannerShell shell)
    {
        ArgumentNullException.ThrowIfNull(shell);
        _shell = shell;
        var texts = shell.Texts;
        var backend = shell.Backend;
        IsEmpty = backend.IsEmpty();
        var coordinatorPin = backend.Kiosk.CoordinatorHasPin();
        AssociationName = backend.GetAssociation().Name;
        Intro = IsEmpty ? texts.WelcomeEmpty : texts.WelcomeHint;
        var entries = new List<WelcomeEntry>();
        if (IsEmpty)
        {
            entries.Add(new(WelcomeChoice.LoadDemo, texts.MenuLoadDemo, texts.MenuLoadDemoHelp));
            if (!coordinatorPin)
            {
                entries.Add(new(WelcomeChoice.CreateAssociation, texts.MenuCreateAssociation, texts.MenuCreateAssociationHelp));
            }
        }
        else
        {
            entries.Add(new(WelcomeChoice.SignInMember, texts.MenuSignInMember, texts.MenuSignInMemberHelp));
        }

        if (coordinatorPin)
        {
            entries.Add(new(WelcomeChoice.SignInCoordinator, texts.MenuSignInCoordinator, texts.MenuSignInCoordinatorHelp));
        }

        if (!IsEmpty)
        {
            entries.Add(new(WelcomeChoice.Guest, texts.MenuGuest, texts.MenuGuestHelp));
        }

        entries.Add(new(WelcomeChoice.Register, texts.MenuRegister, texts.MenuRegisterHelp));
        if (!coordinatorPin)
        {
            // No coordinator yet (an empty database, or after loading the demo): the first person to choose a PIN becomes it.
            entries.Add(new(WelcomeChoice.BecomeCoordinator, texts.MenuSignInCoordinator, texts.Get("ShellFirstCoordinatorHelp")));
        }

        if (!shell.Kiosk)
        {
            entries.Add(new(WelcomeChoice.Quit, texts.MenuQuit, texts.MenuQuitHelp));
        }

        Entries = entries;
    }

    public string AssociationName { get; }

    /// <summary>The line above the menu: how to choose, or that the database is empty.</summary>
    public string Intro { get; }

    public bool IsEmpty { get; }

    public IReadOnlyList<WelcomeEntry> Entries { get; }

    /// <summary>The entries as the menu shows them.</summary>
    public IReadOnlyList<MenuChoice> Choices => [.. Entries.Select(entry => new MenuChoice(entry.Label, entry.Description))];

    /// <summary>Loads the demo association as a guest; null when done, else why not, in words.</summary>
    public string? LoadDemo()
    {
        try
        {
            _shell.SignIn(Session.Guest).LoadDemo();
            return null;
        }
        catch (DomainException error)
        {
            return _shell.Texts.Message(error);
        }
    }

    /// <summary>Continues as a guest (read-only).</summary>
    public void BrowseAsGuest() => _shell.SignIn(Session.Guest);
}
