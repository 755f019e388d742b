using System.Globalization;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>Draws the business editor: the tab line, then the current tab's rows scrolled to keep the focus in view.</summary>
public static class BusinessEditorView
{
    public static IRenderable Render(BusinessEditorScreen editor, ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(editor);
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var rows = new List<IRenderable> { Tabs(editor, texts, context.Width) };
        if (editor.Confirm is { } confirm)
        {
            rows.Add(Text.Empty);
            rows.Add(ConfirmDialogView.Render(confirm, texts));
            return new Rows(rows);
        }

        var (body, first, last) = editor.Section switch
        {
            EditorSection.Profile => EditorFieldView.Rows(editor.Profile, context.Width, texts, context.Unicode),
            EditorSection.Audience => Audience(editor, context),
            _ => Channels(editor, context),
        };
        rows.AddRange(Window(body, first, last, context.Height - 1));
        return new Rows(rows);
    }

    /// <summary>The rows that fit in <paramref name="height"/>, scrolled so rows <paramref name="first"/>–<paramref name="last"/> show.</summary>
    public static IEnumerable<IRenderable> Window(IReadOnlyList<IRenderable> rows, int first, int last, int height)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var room = Math.Max(height, 1);
        var start = last >= room ? last - room + 1 : 0;
        start = Math.Min(start, first);
        return rows.Skip(start).Take(room);
    }

    private static Paragraph Tabs(BusinessEditorScreen editor, TuiTexts texts, int width)
    {
        var line = new Paragraph();
        var used = 0;
        foreach (var (section, key) in new[] { (EditorSection.Profile, "F2"), (EditorSection.Audience, "F3"), (EditorSection.Channels, "F4") })
        {
            var label = $" {key} {texts.Get("EdTab" + section)} ";
            var current = section == editor.Section;
            var text = current ? $"[{label.Trim()}]" : label;
            if (used + text.GetCellWidth() + 1 > width)
            {
                break;
            }

            line.Append(text, current ? Styles.Selected : Styles.Dim).Append(" ");
            used += text.GetCellWidth() + 1;
        }

        return line;
    }

    private static (List<IRenderable>, int, int) Audience(BusinessEditorScreen editor, ScreenContext context)
    {
        var texts = context.Texts;
        var (rows, first, last) = EditorFieldView.Rows(editor.Audience, context.Width, texts, context.Unicode);
        var total = BusinessFields.AgeValues(editor.Audience).Sum();
        var line = editor.AgeTotalError is { } error
            ? new Text(TextFit.Fit("! " + error + "  " + texts.Get("EdNormaliseHint"), context.Width), Styles.Error)
            : new Text(TextFit.Fit(texts.Format("EdAgeTotalOk", total.ToString(CultureInfo.InvariantCulture)), context.Width), Styles.Dim);
        rows.Insert(0, line);
        return (rows, first + 1, last + 1);
    }

    private static (List<IRenderable>, int, int) Channels(BusinessEditorScreen editor, ScreenContext context)
    {
        var texts = context.Texts;
        if (editor.ChannelForm is { } form)
        {
            var (formRows, first, last) = EditorFieldView.Rows(form.Fields, context.Width, texts, context.Unicode);
            var title = texts.Get(form.IsNew ? "EdChannelNew" : "EdChannelEdit");
            formRows.Insert(0, new Text(TextFit.Fit(title + "  " + texts.Get("EdChannelFormHint"), context.Width), Styles.Header));
            return (formRows, first + 1, last + 1);
        }

        var rows = new List<IRenderable>();
        if (editor.Channels.Length == 0)
        {
            rows.Add(new Text(TextFit.Fit(texts.Get("EdNoChannels"), context.Width), Styles.Dim));
            return (rows, 0, 0);
        }

        var culture = texts.Culture;
        var header = Line(texts.Get("EdChannelKind"), texts.Get("EdChannelName"), texts.Get("EdChannelSizeShort"),
            texts.Get("EdChannelEngagementShort"), texts.Get("EdChannelCostShort"), context.Width);
        rows.Add(new Text(header, Styles.Header));
        var selected = Math.Max(editor.ChannelSelected, 0);
        for (var i = 0; i < editor.Channels.Length; i++)
        {
            var channel = editor.Channels[i];
            var marker = i == selected ? Styles.Marker(context.Unicode) : " ";
            var text = Line(marker + " " + ChannelForm.KindLabel(channel.Kind, texts), channel.Name, channel.AudienceSize.ToString("N0", culture),
                (channel.EngagementRate * 100).ToString("0.#", culture) + " %", channel.TypicalCost.Format(culture), context.Width);
            rows.Add(new Text(text, i == selected ? Styles.Selected : Style.Plain));
        }

        return (rows, selected + 1, selected + 1);
    }

    private static string Line(string kind, string name, string size, string engagement, string cost, int width)
    {
        var rest = Math.Max(width - 18 - 12 - 8 - 12 - 4, 8);
        var text = TextFit.Pad(kind, 18) + " " + TextFit.Pad(name, rest) + " " + size.PadLeft(12) + " " + engagement.PadLeft(8) + " " + cost.PadLeft(12);
        return TextFit.Fit(text, width);
    }
}
