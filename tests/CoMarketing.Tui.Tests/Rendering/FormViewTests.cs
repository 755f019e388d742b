using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Tests.Support;
using CoMarketing.Tui.Widgets;

namespace CoMarketing.Tui.Tests.Rendering;

public sealed class FormViewTests
{
    [Fact]
    public void Should_Render_Labels_Inputs_Focus_Marker_And_Messages_Next_To_The_Field()
    {
        // Given
        var form = new Form(
        [
            new FormField("name", "Nimi", new TextField("Kahvila Ähtäri"), _ => null),
            new FormField("pin", "PIN", new TextField(), text => text.Length >= 4 ? null : "PIN-koodissa on 4–8 numeroa"),
        ]);
        foreach (var key in Keys.Parse("Tab '12' C-s"))
        {
            form.TryHandle(key, out form);
        }

        // When
        var lines = new OffscreenRenderer(RenderSettings.Plain).RenderAll(FormView.Render(form, 60, unicode: true), 60, 10)
            .Select(line => line.TrimEnd()).ToList();

        // Then
        lines.ShouldBe(["  Nimi Kahvila Ähtäri", "› PIN  12", "       ! PIN-koodissa on 4–8 numeroa"]);
    }

    [Fact]
    public void Confirm_Dialog_Should_Show_The_Question_And_The_Answer_Keys_In_The_Language()
    {
        // When
        var text = string.Join('\n', new OffscreenRenderer(RenderSettings.Plain)
            .RenderAll(ConfirmDialogView.Render(new ConfirmDialog("Poistetaanko kampanja?"), TuiTexts.Finnish), 60, 10));

        // Then
        text.ShouldContain("Poistetaanko kampanja?");
        text.ShouldContain("k = kyllä, e = ei");
    }
}
