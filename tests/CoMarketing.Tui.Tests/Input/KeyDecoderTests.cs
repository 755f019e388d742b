using System.Text;
using CoMarketing.Tui.Input;

namespace CoMarketing.Tui.Tests.Input;

public sealed class KeyDecoderTests
{
    [Theory]
    [InlineData("1b5b41", "Up")]
    [InlineData("1b5b42", "Down")]
    [InlineData("1b5b43", "Right")]
    [InlineData("1b5b44", "Left")]
    [InlineData("1b4f41", "Up")]
    [InlineData("1b4f44", "Left")]
    [InlineData("1b5b48", "Home")]
    [InlineData("1b5b46", "End")]
    [InlineData("1b4f48", "Home")]
    [InlineData("1b4f46", "End")]
    [InlineData("1b5b317e", "Home")]
    [InlineData("1b5b347e", "End")]
    [InlineData("1b5b377e", "Home")]
    [InlineData("1b5b387e", "End")]
    [InlineData("1b5b327e", "Insert")]
    [InlineData("1b5b337e", "Delete")]
    [InlineData("1b5b357e", "PageUp")]
    [InlineData("1b5b367e", "PageDown")]
    [InlineData("1b4f50", "F1")]
    [InlineData("1b5b31317e", "F1")]
    [InlineData("1b5b5b41", "F1")]
    [InlineData("1b5b31357e", "F5")]
    [InlineData("1b5b32347e", "F12")]
    [InlineData("1b5b5a", "Shift+Tab")]
    [InlineData("1b5b313b3544", "Ctrl+Left")]
    [InlineData("1b5b313b3543", "Ctrl+Right")]
    [InlineData("1b5b313b3241", "Shift+Up")]
    [InlineData("1b5b313b3344", "Alt+Left")]
    [InlineData("1b5b333b357e", "Ctrl+Delete")]
    [InlineData("1b", "Escape")]
    [InlineData("0d", "Enter")]
    [InlineData("0a", "Enter")]
    [InlineData("09", "Tab")]
    [InlineData("7f", "Backspace")]
    [InlineData("08", "Backspace")]
    [InlineData("01", "Ctrl+a")]
    [InlineData("05", "Ctrl+e")]
    [InlineData("03", "Ctrl+c")]
    [InlineData("0b", "Ctrl+k")]
    [InlineData("15", "Ctrl+u")]
    [InlineData("17", "Ctrl+w")]
    [InlineData("1b62", "Alt+b")]
    [InlineData("1b66", "Alt+f")]
    [InlineData("1b7f", "Alt+Backspace")]
    [InlineData("1bc3a4", "Alt+ä")]
    [InlineData("61", "a")]
    [InlineData("3f", "?")]
    [InlineData("2f", "/")]
    [InlineData("20", " ")]
    [InlineData("c3a4", "ä")]
    [InlineData("c3b6", "ö")]
    [InlineData("c3a5", "å")]
    [InlineData("c384", "Ä")]
    [InlineData("c396", "Ö")]
    [InlineData("c385", "Å")]
    [InlineData("e282ac", "€")]
    [InlineData("f09f9880", "😀")]
    public void Decode_Should_Map_A_Byte_Sequence_To_One_Key(string hex, string expected)
    {
        // Given
        var bytes = Convert.FromHexString(hex);

        // When
        var keys = KeyDecoder.DecodeAll(bytes);

        // Then
        keys.Select(key => key.ToString()).ShouldBe([expected]);
    }

    [Theory]
    [InlineData("1b1b", "Escape,Escape")]
    [InlineData("1b5b411b5b42", "Up,Down")]
    [InlineData("c3a4c3b6c3a5", "ä,ö,å")]
    [InlineData("6a1b", "j,Escape")]
    [InlineData("1b5b3f32356c41", "A")]
    [InlineData("1b5b3939397a78", "x")]
    [InlineData("ff61", "a")]
    [InlineData("1b5b", "Alt+[")]
    [InlineData("1b4f", "Alt+O")]
    public void Decode_Should_Split_A_Chunk_Into_Keys_And_Skip_What_Is_Not_A_Key(string hex, string expected)
    {
        // Given
        var bytes = Convert.FromHexString(hex);

        // When
        var keys = KeyDecoder.DecodeAll(bytes);

        // Then
        string.Join(',', keys.Select(key => key.ToString())).ShouldBe(expected);
    }

    [Fact]
    public void Feed_Should_Hold_A_Lone_Escape_Until_Flush_Decides_It_Is_The_Escape_Key()
    {
        // Given
        var decoder = new KeyDecoder();

        // When
        var first = decoder.Feed([0x1b]);
        var flushed = decoder.Flush();

        // Then
        first.ShouldBeEmpty();
        flushed.ShouldBe([KeyPress.Of(Key.Escape)]);
        decoder.HasPending.ShouldBeFalse();
    }

    [Fact]
    public void Feed_Should_Join_An_Escape_Sequence_Split_Across_Reads()
    {
        // Given
        var decoder = new KeyDecoder();

        // When
        var first = decoder.Feed([0x1b, (byte)'[', (byte)'1', (byte)';']);
        var pending = decoder.HasPending;
        var second = decoder.Feed([(byte)'5', (byte)'D']);

        // Then
        first.ShouldBeEmpty();
        pending.ShouldBeTrue();
        second.ShouldBe([KeyPress.Of(Key.Left, KeyModifiers.Control)]);
    }

    [Fact]
    public void Feed_Should_Join_A_Finnish_Letter_Split_Across_Reads()
    {
        // Given
        var decoder = new KeyDecoder();
        var bytes = Encoding.UTF8.GetBytes("ö");

        // When
        var first = decoder.Feed(bytes.AsSpan(0, 1));
        var second = decoder.Feed(bytes.AsSpan(1));

        // Then
        first.ShouldBeEmpty();
        second.ShouldBe([KeyPress.Character('ö')]);
    }

    [Fact]
    public void Flush_Should_Type_The_Rest_Of_An_Unfinished_Sequence_After_Escape()
    {
        // Given
        var decoder = new KeyDecoder();
        decoder.Feed([0x1b, (byte)'[', (byte)'1']);

        // When
        var keys = decoder.Flush();

        // Then
        string.Join(',', keys.Select(key => key.ToString())).ShouldBe("Escape,[,1");
    }
}
