using CoMarketing.Tui.Input;

namespace CoMarketing.Tui.Screens.Register;

/// <summary>A new PIN typed twice (digits only, masked when shown); Tab, Shift+Tab, ↑/↓ move between the two.</summary>
public sealed record PinPair(string First = "", string Second = "", int Focus = 0)
{
    public const int MinDigits = 4;
    public const int MaxDigits = 8;

    public bool IsWellFormed => First.Length >= MinDigits;

    public bool Matches => First == Second;

    /// <summary>Applies a digit, Backspace, Ctrl+U or a focus key; false for any other key.</summary>
    public bool TryHandle(KeyPress key, out PinPair next)
    {
        next = this;
        if (key.IsPrintable && key.Char.Value is >= '0' and <= '9')
        {
            next = Edit(text => text.Length < MaxDigits ? text + (char)key.Char.Value : text);
        }
        else if (key.Is(Key.Backspace))
        {
            next = Edit(text => text.Length > 0 ? text[..^1] : text);
        }
        else if (key.IsCtrl('u'))
        {
            next = Edit(_ => "");
        }
        else if (key.Is(Key.Tab) || key.Is(Key.Tab, KeyModifiers.Shift) || key.Is(Key.Up) || key.Is(Key.Down))
        {
            next = this with { Focus = 1 - Focus };
        }
        else
        {
            return false;
        }

        return true;
    }

    private PinPair Edit(Func<string, string> change) =>
        Focus == 0 ? this with { First = change(First) } : this with { Second = change(Second) };
}
