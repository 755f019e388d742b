using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Components;
using CoMarketing.Tui.Screens.Overview;
using CoMarketing.Tui.Screens.SignIn;

namespace CoMarketing.Tui.Screens.Welcome;

/// <summary>
/// The welcome (kiosk) screen: the association's name and what one can do — sign in as a member or the coordinator,
/// browse as a guest, register a new business; on an empty database load the demo or create the association.
/// </summary>
public static class WelcomeScreen
{
    /// <summary>The menu for the database as it is now, in the texts' language.</summary>
    public static MenuScreen Create(PlannerShell shell)
    {
        ArgumentNullException.ThrowIfNull(shell);
        var texts = shell.Texts;
        var backend = shell.Backend;
        var empty = backend.IsEmpty();
        var coordinatorPin = backend.Kiosk.CoordinatorHasPin();
        var items = new List<MenuItem>();
        if (empty)
        {
            items.Add(new MenuItem(texts.MenuLoadDemo, texts.MenuLoadDemoHelp, () => Guarded(() =>
            {
                shell.SignIn(Session.Guest).LoadDemo();
                return ScreenCommand.ResetTo(OverviewScreen.Create(shell));
            })));
            if (!coordinatorPin)
            {
                items.Add(new MenuItem(texts.MenuCreateAssociation, texts.MenuCreateAssociationHelp,
                    () => ScreenCommand.Push(CreateAssociationScreen.Create(shell))));
            }
        }

        if (!empty)
        {
            items.Add(new MenuItem(texts.MenuSignInMember, texts.MenuSignInMemberHelp,
                () => ScreenCommand.Push(PickBusinessScreen.Create(shell))));
        }

        if (coordinatorPin)
        {
            items.Add(new MenuItem(texts.MenuSignInCoordinator, texts.MenuSignInCoordinatorHelp,
                () => ScreenCommand.Push(PinScreen.ForCoordinator(shell, texts.Coordinator))));
        }

        if (!empty)
        {
            items.Add(new MenuItem(texts.MenuGuest, texts.MenuGuestHelp, () =>
            {
                shell.SignIn(Session.Guest);
                return ScreenCommand.ResetTo(OverviewScreen.Create(shell));
            }));
        }

        items.Add(new MenuItem(texts.MenuRegister, texts.MenuRegisterHelp, () => ScreenCommand.Area("MenuRegister")));
        if (!coordinatorPin && !empty)
        {
            // No coordinator yet (e.g. after loading the demo): the first person to choose a PIN becomes the coordinator.
            items.Add(new MenuItem(texts.MenuSignInCoordinator, texts.Get("ShellFirstCoordinatorHelp"),
                () => ScreenCommand.Area("ShellFirstCoordinatorTitle")));
        }

        if (!shell.Kiosk)
        {
            items.Add(new MenuItem(texts.MenuQuit, texts.MenuQuitHelp, ScreenCommand.Quit));
        }

        var name = backend.GetAssociation().Name;
        return new MenuScreen(name, items, empty ? texts.WelcomeEmpty : texts.WelcomeHint);
    }

    /// <summary>Runs an action; a refusal in words (a <see cref="DomainException"/>) becomes the message line.</summary>
    internal static ScreenCommand Guarded(Func<ScreenCommand> action)
    {
        try
        {
            return action();
        }
        catch (DomainException error)
        {
            return ScreenCommand.Message(error.Message, MessageKind.Error);
        }
    }
}
