namespace CoMarketing.Tui.Input;

/// <summary>
/// The fallback reader where raw input is not available (Windows consoles): .NET's <see cref="Console.ReadKey(bool)"/>,
/// mapped by <see cref="ConsoleKeyMapper"/>. Waits in short sleeps rather than spinning.
/// </summary>
public sealed class ConsoleKeySource : IKeySource
{
    private static readonly TimeSpan Nap = TimeSpan.FromMilliseconds(10);

    public ConsoleKeySource()
    {
        Console.TreatControlCAsInput = true;
    }

    public KeyRead Read(TimeSpan timeout)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            if (Console.KeyAvailable && ConsoleKeyMapper.Map(Console.ReadKey(intercept: true)) is { } key)
            {
                return KeyRead.Of(key);
            }

            if (waited >= timeout)
            {
                return KeyRead.Timeout;
            }

            Thread.Sleep(Nap);
            waited += Nap;
        }
    }
}
