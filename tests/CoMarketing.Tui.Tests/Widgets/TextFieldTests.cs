using CoMarketing.Tui.Input;
using CoMarketing.Tui.Tests.Support;
using CoMarketing.Tui.Widgets;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CoMarketing.Tui.Tests.Widgets;

public sealed class TextFieldTests
{
    [Theory]
    [InlineData("", "'Kahvila Aalto'", "Kahvila Aalto", 13)]
    [InlineData("", "'Äänekosken Öljy ja Å'", "Äänekosken Öljy ja Å", 20)]
    [InlineData("abc", "Home 'x'", "xabc", 1)]
    [InlineData("abc", "C-a 'x' C-e 'y'", "xabcy", 5)]
    [InlineData("abc", "Left Left BS", "bc", 0)]
    [InlineData("abc", "Home Del", "bc", 0)]
    [InlineData("abc", "Home C-d", "bc", 0)]
    [InlineData("abc", "BS BS BS BS", "", 0)]
    [InlineData("abc", "Home Del Del Del Del", "", 0)]
    [InlineData("hello world", "Home Right Right C-k", "he", 2)]
    [InlineData("hello world", "Left Left C-u", "ld", 0)]
    [InlineData("hello big world", "C-w", "hello big ", 10)]
    [InlineData("hello big world  ", "C-w", "hello big ", 10)]
    [InlineData("hello big world", "M-BS", "hello big ", 10)]
    [InlineData("hello big world", "C-Left C-Left 'X'", "hello Xbig world", 7)]
    [InlineData("hello big world", "Home C-Right 'X'", "helloX big world", 6)]
    [InlineData("hello big world", "Home M-f M-f 'X'", "hello bigX world", 10)]
    [InlineData("hello big world", "M-b 'X'", "hello big Xworld", 11)]
    [InlineData("hyvä päivä", "C-Left 'X'", "hyvä Xpäivä", 6)]
    [InlineData("abc", "Home Left Left", "abc", 0)]
    [InlineData("abc", "Right Right", "abc", 3)]
    [InlineData("abc", "C-b C-b C-f", "abc", 2)]
    public void TryHandle_Should_Edit_Text_And_Move_Cursor(string initial, string script, string text, int cursor)
    {
        // Given
        var field = new TextField(initial);

        // When
        foreach (var key in Keys.Parse(script))
        {
            field.TryHandle(key, out field).ShouldBeTrue($"{key} should be a text key");
        }

        // Then
        field.Text.ShouldBe(text);
        field.Cursor.ShouldBe(cursor);
    }

    [Theory]
    [InlineData("Enter")]
    [InlineData("Esc")]
    [InlineData("Tab")]
    [InlineData("S-Tab")]
    [InlineData("Up")]
    [InlineData("PgDn")]
    [InlineData("C-s")]
    [InlineData("F1")]
    public void TryHandle_Should_Leave_Other_Keys_To_The_Screen(string script)
    {
        // Given
        var field = new TextField("abc");

        // When
        var handled = field.TryHandle(Keys.Parse(script)[0], out var next);

        // Then
        handled.ShouldBeFalse();
        next.ShouldBeSameAs(field);
    }

    [Fact]
    public void TryHandle_Should_Not_Grow_Past_Max_Length_But_Still_Swallow_The_Key()
    {
        // Given
        var field = new TextField("äöå", maxLength: 3);

        // When
        var handled = field.TryHandle(KeyPress.Character('?'), out var next);

        // Then
        handled.ShouldBeTrue();
        next.Text.ShouldBe("äöå");
    }

    [Fact]
    public void Cursor_Should_Step_Over_A_Character_Outside_The_Basic_Plane_As_One()
    {
        // Given
        var field = new TextField("a😀b");

        // When
        field.TryHandle(KeyPress.Of(Key.Left), out field);
        field.TryHandle(KeyPress.Of(Key.Left), out field);
        var cursorBeforeEmoji = field.Cursor;
        field.TryHandle(KeyPress.Of(Key.Delete), out field);

        // Then
        cursorBeforeEmoji.ShouldBe(1);
        field.Text.ShouldBe("ab");
    }

    [Fact]
    public void Constructor_Should_Cut_Text_Longer_Than_Max_Length()
    {
        // When
        var field = new TextField("abcdef", maxLength: 4);

        // Then
        field.Text.ShouldBe("abcd");
        field.Cursor.ShouldBe(4);
    }

    private static readonly KeyPress[] EditingKeys =
    [
        .. Keys.Parse("'aä😀 -' Left Right Home End BS Del C-a C-e C-k C-u C-w C-Left C-Right M-b M-f C-b C-f C-d M-BS"),
    ];

    private static Arbitrary<KeyPress[]> KeySequences => Gen.Elements(EditingKeys).ArrayOf().ToArbitrary();

    [Property]
    public Property Cursor_Should_Stay_Within_The_Text_And_On_A_Character_Boundary() =>
        Prop.ForAll(KeySequences, keys =>
        {
            var field = new TextField("", maxLength: 12);
            foreach (var key in keys)
            {
                field.TryHandle(key, out field);
                var inBounds = field.Cursor >= 0 && field.Cursor <= field.Text.Length;
                var onBoundary = field.Cursor == 0 || field.Cursor == field.Text.Length || !char.IsLowSurrogate(field.Text[field.Cursor]);
                if (!inBounds || !onBoundary || field.Text.EnumerateRunes().Count() > 12)
                {
                    return false;
                }
            }

            return true;
        });

    [Property]
    public Property Typing_A_Character_Then_Backspace_Should_Give_Back_The_Same_Field() =>
        Prop.ForAll(KeySequences, Gen.Elements('x', 'ä', 'Å', ' ').ToArbitrary(), (keys, character) =>
        {
            var field = new TextField("", maxLength: 100);
            foreach (var key in keys)
            {
                field.TryHandle(key, out field);
            }

            field.TryHandle(KeyPress.Character(character), out var typed);
            typed.TryHandle(KeyPress.Of(Key.Backspace), out var erased);
            return erased.Text == field.Text && erased.Cursor == field.Cursor
                && typed.Text == field.Text.Insert(field.Cursor, character.ToString());
        });

    [Property]
    public Property Moving_Should_Never_Change_The_Text() =>
        Prop.ForAll(Gen.Elements(Keys.Parse("Left Right Home End C-a C-e C-Left C-Right M-b M-f C-b C-f").ToArray()).ArrayOf().ToArbitrary(), keys =>
        {
            var field = new TextField("Hyvää päivää, Åke 😀!");
            foreach (var key in keys)
            {
                field.TryHandle(key, out field);
            }

            return field.Text == "Hyvää päivää, Åke 😀!";
        });
}
