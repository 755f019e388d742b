namespace CoMarketing.Tui.Input;

/// <summary>Where the host gets its keys: the terminal, or a script in tests.</summary>
public interface IKeySource
{
    /// <summary>Waits at most <paramref name="timeout"/> for the next key, sleeping (not spinning) meanwhile.</summary>
    KeyRead Read(TimeSpan timeout);
}
