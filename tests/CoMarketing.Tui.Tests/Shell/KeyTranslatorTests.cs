using CoMarketing.Tui.Shell;
using TgKey = Terminal.Gui.Input.Key;

namespace CoMarketing.Tui.Tests.Shell;

public sealed class KeyTranslatorTests
{
    public static TheoryData<TgKey, string> Keys => new()
    {
        { TgKey.U.WithCtrl, "Ctrl+u" },
        { TgKey.N.WithCtrl, "Ctrl+n" },
        { TgKey.Enter, "Enter" },
        { TgKey.Esc, "Escape" },
        { TgKey.Tab.WithShift, "Shift+Tab" },
        { TgKey.CursorDown, "Down" },
        { TgKey.F4, "F4" },
        { new TgKey('ä'), "ä" },
        { new TgKey('G'), "G" },
        { new TgKey('/'), "/" },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_Terminal_Gui_Key_Should_Reach_A_Screen_As_The_Same_Key(TgKey key, string expected)
    {
        // When
        var translated = KeyTranslator.TryTranslate(key, out var press);

        // Then
        translated.ShouldBeTrue();
        press.ToString().ShouldBe(expected);
    }

    [Fact]
    public void Ctrl_Letters_Should_Be_Control_Characters_A_Screen_Recognises()
    {
        KeyTranslator.TryTranslate(TgKey.S.WithCtrl, out var press).ShouldBeTrue();
        press.IsCtrl('s').ShouldBeTrue();
        press.IsPrintable.ShouldBeFalse();
    }
}
