namespace CoMarketing.Tui.Input;

/// <summary>The outcome of waiting for a key: a key, nothing within the timeout, or the end of input.</summary>
public readonly record struct KeyRead(KeyPress? Key, bool Ended)
{
    public static KeyRead Timeout => new(null, false);

    public static KeyRead End => new(null, true);

    public static KeyRead Of(KeyPress key) => new(key, false);
}
