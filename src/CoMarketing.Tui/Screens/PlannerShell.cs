using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Welcome;

namespace CoMarketing.Tui.Screens;

/// <summary>
/// The planner as a whole around its screens: the backend, the clock, whether it runs as a kiosk, and who is signed
/// in right now. Sign-in and sign-out go through here so the idle hook knows whose drafts to keep.
/// </summary>
public sealed class PlannerShell
{
    public PlannerShell(IPlannerBackend backend, TimeProvider clock, TuiTexts texts, bool kiosk)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(texts);
        Backend = backend;
        Clock = clock;
        Texts = texts;
        Kiosk = kiosk;
        Current = new PlannerService(backend, Session.Guest, texts);
    }

    public IPlannerBackend Backend { get; }

    public TimeProvider Clock { get; }

    /// <summary>The language of the screens (the host renders with the same texts).</summary>
    public TuiTexts Texts { get; }

    /// <summary>Kiosk mode: no way to quit from the screens (and the host ignores Ctrl+C).</summary>
    public bool Kiosk { get; }

    /// <summary>The service for whoever is signed in (a guest when nobody is).</summary>
    public PlannerService Current { get; private set; }

    /// <summary>The idle time after which the planner returns to the welcome screen: the association's setting.</summary>
    public TimeSpan IdleTimeout => TimeSpan.FromMinutes(Backend.GetAssociation().KioskIdleMinutes);

    /// <summary>Makes <paramref name="session"/> the signed-in user and returns its service.</summary>
    public PlannerService SignIn(Session session)
    {
        Current = new PlannerService(Backend, session, Texts);
        return Current;
    }

    /// <summary>Back to a guest.</summary>
    public void SignOut() => Current = new PlannerService(Backend, Session.Guest, Texts);

    /// <summary>The first screen: the welcome (kiosk) screen, built from the database's current state.</summary>
    public IScreen Welcome() => WelcomeScreen.Create(this);

    /// <summary>
    /// What the host does after <see cref="IdleTimeout"/> without a key: keeps every open form's unsaved input as a
    /// draft of the signed-in member (see <see cref="IHasDraft"/>), signs out and returns to the welcome screen.
    /// </summary>
    public IEnumerable<ScreenCommand> OnIdle(Navigator navigator)
    {
        ArgumentNullException.ThrowIfNull(navigator);
        var owner = Current.Session.BusinessId;
        foreach (var screen in navigator.Screens.OfType<IHasDraft>())
        {
            if (screen.DraftKey is { } key && screen.SerializeDraft() is { } content)
            {
                Backend.Drafts.Save(owner, key, content);
            }
        }

        SignOut();
        return [ScreenCommand.ResetTo(Welcome())];
    }
}
