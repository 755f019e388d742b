namespace CoMarketing.Tui.Screens;

/// <summary>Something a screen asks the host to do after a key: navigate, show a message or quit.</summary>
public abstract record ScreenCommand
{
    /// <summary>Opens <paramref name="screen"/> on top of the current one.</summary>
    public static ScreenCommand Push(IScreen screen) => new PushScreen(screen);

    /// <summary>Closes the current screen (never the last one).</summary>
    public static ScreenCommand Pop() => new PopScreen();

    /// <summary>Replaces the whole stack with <paramref name="screen"/> (e.g. back to welcome on sign-out or idle).</summary>
    public static ScreenCommand ResetTo(IScreen screen) => new ResetToScreen(screen);

    public static ScreenCommand Quit() => new QuitApp();

    /// <summary>Replaces every open view with the overview for whoever is signed in now.</summary>
    public static ScreenCommand Home() => new GoHome();

    /// <summary>Opens an area of the menu bar (its own Terminal.Gui view) over the current screen.</summary>
    public static ScreenCommand Area(string title) => new OpenArea(title);

    /// <summary>Opens a Terminal.Gui view over the current screen (e.g. a business's matches).</summary>
    public static ScreenCommand View(Func<Shell.AreaContext, Terminal.Gui.ViewBase.View> open) => new OpenView(open);

    /// <summary>Opens a new campaign with <paramref name="businessIds"/> as its partners.</summary>
    public static ScreenCommand Campaign(IReadOnlyList<long> businessIds) => new StartCampaign(businessIds);

    /// <summary>Shows <paramref name="text"/> on the message line until the next key.</summary>
    public static ScreenCommand Message(string text, MessageKind kind = MessageKind.Info) => new ShowMessage(text, kind);
}
