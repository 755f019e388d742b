namespace CoMarketing.Tui.Input;

/// <summary>Keys given up front (tests, scripted demos). When the script runs out, input ends.</summary>
public sealed class ScriptedKeySource : IKeySource
{
    private readonly Queue<KeyPress> _keys;
    private readonly Action<TimeSpan>? _onWait;

    /// <param name="keys">The keys, in order.</param>
    /// <param name="onWait">Called instead of sleeping once the keys run out and the host waits; lets tests move a fake clock.</param>
    public ScriptedKeySource(IEnumerable<KeyPress> keys, Action<TimeSpan>? onWait = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = new Queue<KeyPress>(keys);
        _onWait = onWait;
    }

    /// <summary>How many waits (timeouts) the host may still get after the keys run out before input ends.</summary>
    public int IdleWaits { get; set; }

    public KeyRead Read(TimeSpan timeout)
    {
        if (_keys.TryDequeue(out var key))
        {
            return KeyRead.Of(key);
        }

        if (IdleWaits <= 0)
        {
            return KeyRead.End;
        }

        IdleWaits--;
        _onWait?.Invoke(timeout);
        return KeyRead.Timeout;
    }
}
