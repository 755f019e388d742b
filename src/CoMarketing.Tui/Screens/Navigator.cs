namespace CoMarketing.Tui.Screens;

/// <summary>The stack of open screens plus the message line and the quit flag; applies <see cref="ScreenResult"/>s.</summary>
public sealed class Navigator
{
    private readonly List<IScreen> _stack;

    public Navigator(IScreen first)
    {
        ArgumentNullException.ThrowIfNull(first);
        _stack = [first];
    }

    public IScreen Current => _stack[^1];

    /// <summary>The open screens, bottom first.</summary>
    public IReadOnlyList<IScreen> Screens => _stack;

    public int Depth => _stack.Count;

    public ShowMessage? Message { get; private set; }

    public bool IsQuitting { get; private set; }

    /// <summary>Stores the screen's new state, then runs its commands in order.</summary>
    public void Apply(ScreenResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _stack[^1] = result.Screen;
        foreach (var command in result.Commands)
        {
            Run(command);
        }
    }

    public void Run(ScreenCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        switch (command)
        {
            case PushScreen push:
                _stack.Add(push.Screen);
                break;
            case PopScreen when _stack.Count > 1:
                _stack.RemoveAt(_stack.Count - 1);
                break;
            case ResetToScreen reset:
                _stack.Clear();
                _stack.Add(reset.Screen);
                break;
            case QuitApp:
                IsQuitting = true;
                break;
            case ShowMessage message:
                Message = message;
                break;
        }
    }

    public void ClearMessage() => Message = null;
}
