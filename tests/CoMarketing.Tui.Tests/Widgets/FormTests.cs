using CoMarketing.Tui.Tests.Support;
using CoMarketing.Tui.Widgets;

namespace CoMarketing.Tui.Tests.Widgets;

public sealed class FormTests
{
    private static Form NewForm() => new(
    [
        new FormField("name", "Name", new TextField(), text => text.Trim().Length == 0 ? "Name is required" : null),
        new FormField("pin", "PIN", new TextField(maxLength: 8), text => text.Length is >= 4 and <= 8 && text.All(char.IsAsciiDigit) ? null : "PIN must be 4–8 digits"),
        FormField.Of("notes", "Notes"),
    ]);

    private static Form Type(Form form, string script)
    {
        foreach (var key in Keys.Parse(script))
        {
            form.TryHandle(key, out form);
        }

        return form;
    }

    [Fact]
    public void Typing_Should_Go_To_The_Focused_Field_And_Tab_To_The_Next()
    {
        // When
        var form = Type(NewForm(), "'Kahvila Ähtäri' Tab '1234' Tab 'hei'");

        // Then
        form["name"].ShouldBe("Kahvila Ähtäri");
        form["pin"].ShouldBe("1234");
        form["notes"].ShouldBe("hei");
        form.IsDirty.ShouldBeTrue();
    }

    [Fact]
    public void A_Message_Should_Show_Only_After_The_Field_Was_Left()
    {
        // Given
        var form = Type(NewForm(), "Tab '12'");

        // When
        var whileTyping = form.Field("pin").Message;
        var left = Type(form, "Tab");

        // Then
        form.Field("name").Message.ShouldBe("Name is required");
        whileTyping.ShouldBeNull();
        left.Field("pin").Message.ShouldBe("PIN must be 4–8 digits");
    }

    [Fact]
    public void Submit_Should_Fail_And_Focus_The_First_Invalid_Field()
    {
        // Given
        var form = Type(NewForm(), "'Kahvila' Tab '12' Tab");

        // When
        var submitted = Type(form, "C-s");

        // Then
        submitted.Submitted.ShouldBeFalse();
        submitted.Focus.Current.ShouldBe("pin");
        submitted.Fields.Select(field => field.Message).ShouldBe([null, "PIN must be 4–8 digits", null]);
    }

    [Theory]
    [InlineData("'Kahvila' Tab '1234' Tab Enter")]
    [InlineData("'Kahvila' Enter '1234' Enter Enter")]
    [InlineData("'Kahvila' Tab '1234' C-s")]
    public void Submit_Should_Succeed_When_Every_Field_Is_Valid(string script)
    {
        // When
        var form = Type(NewForm(), script);

        // Then
        form.Submitted.ShouldBeTrue();
        form.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Escape_Should_Be_Left_To_The_Screen()
    {
        // Given
        var form = Type(NewForm(), "'x'");

        // When
        var handled = form.TryHandle(Keys.Parse("Esc")[0], out var next);

        // Then
        handled.ShouldBeFalse();
        next["name"].ShouldBe("x");
    }

    [Fact]
    public void WithText_Should_Restore_A_Draft()
    {
        // When
        var form = NewForm().WithText("name", "Luonnos Öy");

        // Then
        form["name"].ShouldBe("Luonnos Öy");
        form.IsDirty.ShouldBeTrue();
    }
}
