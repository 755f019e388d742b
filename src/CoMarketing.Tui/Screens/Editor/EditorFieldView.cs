using System.Globalization;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>Draws editor fields as one-line rows: marker, label, input; a focused picker adds its list rows, a touched
/// invalid field its message.</summary>
public static class EditorFieldView
{
    public const int BarWidth = 20;

    /// <summary>The rows of <paramref name="group"/>, and the range of rows that belongs to the focused field.</summary>
    public static (List<IRenderable> Rows, int FocusFirst, int FocusLast) Rows(FieldGroup group, int width, TuiTexts texts, bool unicode)
    {
        ArgumentNullException.ThrowIfNull(group);
        var labelWidth = Math.Min(group.Fields.Max(field => field.Label.GetCellWidth()), Math.Max(width / 3, 8));
        var rows = new List<IRenderable>();
        var (first, last) = (0, 0);
        for (var i = 0; i < group.Fields.Length; i++)
        {
            var field = group.Fields[i];
            var focused = i == group.Focus;
            if (focused)
            {
                first = rows.Count;
            }

            rows.AddRange(Field(field, focused, labelWidth, width, texts, unicode));
            if (field.Touched && field.Error is { } error)
            {
                rows.Add(new Text(TextFit.Fit(new string(' ', labelWidth + 3) + "! " + error, width), Styles.Error));
            }

            if (focused)
            {
                last = rows.Count - 1;
            }
        }

        return (rows, first, last);
    }

    private static IEnumerable<IRenderable> Field(IEditorField field, bool focused, int labelWidth, int width, TuiTexts texts, bool unicode)
    {
        var line = new Paragraph()
            .Append(focused ? Styles.Marker(unicode) + " " : "  ", Styles.Header)
            .Append(TextFit.Pad(field.Label, labelWidth) + " ", focused ? Styles.Header : Style.Plain);
        var room = Math.Max(width - labelWidth - 4, 8);
        switch (field)
        {
            case TextInput text when FieldNames.IsAge(text.Name):
                TextFieldView.AppendTo(line, text.Input, 5, focused);
                var used = text.Input.Text.Length + (focused && text.Input.Cursor == text.Input.Text.Length ? 1 : 0);
                line.Append(new string(' ', Math.Max(4 - used, 0)) + "% " + Bar(text.Value, unicode));
                return [line];
            case TextInput text:
                return [TextFieldView.AppendTo(line, text.Input, room, focused)];
            case ChoiceInput choice:
                var shown = focused ? $"{(unicode ? "‹" : "<")} {choice.Selected} {(unicode ? "›" : ">")}" : choice.Selected;
                return [line.Append(TextFit.Fit(shown, room), focused ? Styles.Selected : Style.Plain)];
            case MonthsInput months:
                return [Months(line, months, focused)];
            case PickerInput picker:
                return Picker(line, picker, focused, room, labelWidth, texts, unicode);
            case MultiPickInput multi:
                return MultiPick(line, multi, focused, room, labelWidth, texts, unicode);
            default:
                return [line.Append(TextFit.Fit(field.Value, room))];
        }
    }

    /// <summary>A bar of <see cref="BarWidth"/> cells filled in proportion to a percentage.</summary>
    public static string Bar(string percentText, bool unicode)
    {
        var percent = int.TryParse(percentText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 0, 100) : 0;
        return Bar(percent / 100.0, unicode);
    }

    public static string Bar(double fraction, bool unicode, int width = BarWidth)
    {
        var filled = (int)Math.Round(Math.Clamp(fraction, 0, 1) * width, MidpointRounding.AwayFromZero);
        return new string(unicode ? '█' : '#', filled) + new string(unicode ? '░' : '.', width - filled);
    }

    private static Paragraph Months(Paragraph line, MonthsInput months, bool focused)
    {
        for (var month = 1; month <= 12; month++)
        {
            var text = months.IsActive(month) ? $"[{month}]" : $" {month} ";
            line.Append(text, focused && month == months.Cursor ? Styles.Selected : months.IsActive(month) ? Styles.Header : Styles.Dim);
        }

        return line;
    }

    private static List<IRenderable> Picker(Paragraph line, PickerInput picker, bool focused, int room, int labelWidth, TuiTexts texts, bool unicode)
    {
        var chosen = picker.Chosen?.Display ?? "—";
        if (!focused)
        {
            return [line.Append(TextFit.Fit(chosen, room))];
        }

        var queryWidth = Math.Min(Math.Max(room / 3, 10), 24);
        TextFieldView.AppendTo(line, picker.Query, queryWidth, focused: true);
        line.Append(TextFit.Fit($" {(unicode ? "→" : "->")} {chosen}", Math.Max(room - queryWidth, 0)), Styles.Dim);
        var rows = new List<IRenderable> { line };
        rows.AddRange(ListRows(picker.List, option => option.Display, labelWidth, room, texts, unicode));
        return rows;
    }

    private static List<IRenderable> MultiPick(Paragraph line, MultiPickInput multi, bool focused, int room, int labelWidth, TuiTexts texts, bool unicode)
    {
        var chosen = string.Join(", ", multi.ChosenOptions.Select(option => option.Label));
        if (!focused)
        {
            return [line.Append(TextFit.Fit(chosen.Length == 0 ? "—" : chosen, room))];
        }

        var queryWidth = Math.Min(Math.Max(room / 3, 10), 24);
        TextFieldView.AppendTo(line, multi.Query, queryWidth, focused: true);
        line.Append(TextFit.Fit(" " + texts.Format("EdChosenCount", multi.Chosen.Count), Math.Max(room - queryWidth, 0)), Styles.Dim);
        var rows = new List<IRenderable> { line };
        rows.AddRange(ListRows(multi.List, option => $"[{(multi.Chosen.Contains(option.Key) ? "x" : " ")}] {option.Display}", labelWidth, room, texts, unicode));
        if (chosen.Length > 0)
        {
            rows.Add(new Text(TextFit.Fit(new string(' ', labelWidth + 3) + chosen, labelWidth + 3 + room), Styles.Dim));
        }

        return rows;
    }

    private static IEnumerable<IRenderable> ListRows(Widgets.ListView<PickOption> list, Func<PickOption, string> label, int indent, int room, TuiTexts texts, bool unicode)
    {
        var pad = new string(' ', indent + 3);
        if (list.Count == 0)
        {
            yield return new Text(TextFit.Fit(pad + texts.Format(nameof(TuiTexts.NoMatches), list.Filter.Text), indent + 3 + room), Styles.Dim);
            yield break;
        }

        var first = list.FirstVisible(PickerInput.ListRows);
        for (var position = first; position < Math.Min(first + PickerInput.ListRows, list.Count); position++)
        {
            var selected = position == list.Selected;
            var text = TextFit.Pad($"{(selected ? Styles.Marker(unicode) : " ")} {label(list.Items[list.Rows[position]])}", room);
            yield return new Paragraph().Append(pad).Append(text, selected ? Styles.Selected : Styles.Dim);
        }
    }
}
