using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

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

    /// <summary>
    /// From this many members on, the screens that read every member (the business list, a member's partners, the
    /// member sign-in list) read them on the thread pool behind a <see cref="Shell.LoadingView"/> with a spinner; below
    /// it they open at once (5 000 members read in about 0.1 s here).
    /// </summary>
    public int BackgroundLoadFrom { get; init; } = 5_000;

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
}
