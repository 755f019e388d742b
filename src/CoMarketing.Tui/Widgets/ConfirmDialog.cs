using CoMarketing.Tui.Input;

namespace CoMarketing.Tui.Widgets;

/// <summary>
/// A yes/no question that blocks other keys until answered. Yes: y, k (<i>kyllä</i>) or Enter when
/// <see cref="EnterMeansYes"/>; No: n, e (<i>ei</i>), Esc, or Enter otherwise. Every other key is swallowed.
/// </summary>
public sealed record ConfirmDialog(string Question, bool EnterMeansYes = false)
{
    public ConfirmOutcome Outcome { get; private init; } = ConfirmOutcome.Pending;

    /// <summary>Always true: a pending question owns the keyboard.</summary>
    public bool TryHandle(KeyPress key, out ConfirmDialog next)
    {
        var outcome = key switch
        {
            _ when key.Is('y') || key.Is('Y') || key.Is('k') || key.Is('K') => ConfirmOutcome.Yes,
            _ when key.Is('n') || key.Is('N') || key.Is('e') || key.Is('E') || key.Is(Key.Escape) => ConfirmOutcome.No,
            _ when key.Is(Key.Enter) => EnterMeansYes ? ConfirmOutcome.Yes : ConfirmOutcome.No,
            _ => ConfirmOutcome.Pending,
        };
        next = this with { Outcome = outcome };
        return true;
    }
}
