using System.Globalization;
using CoMarketing.Tui.Screens.Pickers;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>The three sections' views: one row per field, the age bands with bars and their total, the channel table.</summary>
public sealed partial class BusinessEditorView
{
    private AgeTotalLabel? _total;

    private View FieldsPage(FieldGroup group, View? top)
    {
        _total = null;
        var page = new View();
        View? previous = top;
        if (top is not null)
        {
            page.Add(top);
        }

        foreach (var field in group.Fields)
        {
            var row = new FieldRowView(field.Label, Control(field, Changed), LabelWidth) { X = 0, Y = previous is null ? 0 : Pos.Bottom(previous) };
            _rows[field.Name] = row;
            page.Add(row);
            row.HasFocusChanged += (_, _) =>
            {
                if (row.HasFocus)
                {
                    ScrollTo(page, row);
                }
            };
            previous = row;
        }

        page.SubViewsLaidOut += (_, _) => FitContent(page);
        return page;
    }

    /// <summary>
    /// A page taller than the window (the audience at 60×20) gets a content area as tall as its rows, so that the
    /// field with the focus can be scrolled into view; a page that fits keeps the window's size.
    /// </summary>
    private static void FitContent(View page)
    {
        var viewport = page.Viewport;
        var needed = Math.Max(page.SubViews.Where(v => v.Visible).Select(v => v.Frame.Bottom).DefaultIfEmpty(0).Max(), viewport.Height);
        if (page.GetContentSize() != new System.Drawing.Size(viewport.Width, needed))
        {
            page.SetContentSize(new System.Drawing.Size(viewport.Width, needed));
        }
    }

    /// <summary>Scrolls <paramref name="page"/> just enough to show all of <paramref name="row"/> (Tab onto a field below the window).</summary>
    private static void ScrollTo(View page, View row)
    {
        var viewport = page.Viewport;
        var top = row.Frame.Y;
        var bottom = row.Frame.Bottom;
        var y = top < viewport.Y ? top
            : bottom > viewport.Y + viewport.Height ? Math.Min(bottom - viewport.Height, top)
            : viewport.Y;
        if (y != viewport.Y)
        {
            page.Viewport = viewport with { Y = y };
        }
    }

    private View AudiencePage()
    {
        var total = new AgeTotalLabel { X = 0, Y = 0, Width = Dim.Fill() };
        var page = FieldsPage(Model.Audience, total);
        _total = total;
        return page;
    }

    /// <summary>The input for <paramref name="field"/>: a text field, a picker, a choice, month toggles or an age band with its bar.</summary>
    internal View Control(IEditorField field, Action<IEditorField> changed)
    {
        switch (field)
        {
            case PickerInput picker:
                var validation = new EditorValidation(Model.Texts);
                var reference = Model.Service.Backend.Reference;
                Func<string, string?> noMatch = picker.Name == FieldNames.Municipality
                    ? text => validation.Municipality(reference, text)
                    : text => Model.Texts.Format("EdNoMatch", text.Trim());
                return new PickerView(picker, changed, noMatch: noMatch);
            case MultiPickInput multi:
                return new MultiPickView(multi, changed);
            case ChoiceInput choice:
                return new ChoiceView(choice, changed);
            case MonthsInput months:
                return new MonthsView(months, changed);
            case TextInput text when FieldNames.IsAge(text.Name):
                return AgeBand(text, changed);
            case TextInput text:
                return TextBox(text, changed, Math.Min(text.MaxLength + 1, 40));
            default:
                throw new ArgumentException($"No view for the field '{field.Name}'.", nameof(field));
        }
    }

    private static TextField TextBox(TextInput input, Action<IEditorField> changed, int width)
    {
        var box = new TextField { Width = width, Text = input.Text };
        var current = input;
        box.TextChanged += (_, _) =>
        {
            if (box.Text != current.Text)
            {
                current = (TextInput)current.WithValue(box.Text);
                changed(current);
            }
        };
        box.HasFocusChanged += (_, e) =>
        {
            if (!e.NewValue && !current.Touched)
            {
                current = (TextInput)current.Touch();
                changed(current);
            }
        };
        return box;
    }

    private static View AgeBand(TextInput input, Action<IEditorField> changed)
    {
        var band = new View { CanFocus = true, Width = Dim.Fill(), Height = 1 };
        var bar = new Label { X = 5, Y = 0, Width = Dim.Fill() };
        void ShowBar(string text)
        {
            var percent = int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 0, 100) : 0;
            bar.Text = " % " + AgeBar.Of(percent / 100.0);
        }

        var box = TextBox(input, field =>
        {
            ShowBar(field.Value);
            changed(field);
        }, 4);
        ShowBar(input.Text);
        band.Add(box, bar);
        return band;
    }

    /// <summary>The age bands' total above them: "Age bands total 100 %", or the message while it is not 100.</summary>
    private sealed class AgeTotalLabel : Label
    {
        public void SetText(BusinessEditorModel model) =>
            Text = model.AgeTotalError is { } error
                ? "! " + error + " " + model.Texts.Get("EdNormaliseHint")
                : model.Texts.Format("EdAgeTotalOk", BusinessFields.AgeValues(model.Audience).Sum());
    }

    private View ChannelsPage()
    {
        _total = null;
        var t = Model.Texts;
        var page = new View();
        var table = new TableView(new ChannelTableSource(Model.Channels, t))
        {
            X = 0,
            Y = 0,
            Width = Dim.Fill(),
            Height = Model.ChannelForm is null ? Dim.Fill() : Dim.Func(_ => Math.Min(Model.Channels.Length + 3, 6)),
            FullRowSelect = true,
            CollectionNavigator = null,
        };
        table.Style.ExpandLastColumn = false;
        var headers = ChannelCells.Headers(t);
        for (var column = 0; column < ChannelCells.Count; column++)
        {
            var widest = Model.Channels.Select(channel => ChannelCells.Cell(channel, column, t).Length).DefaultIfEmpty(0).Max();
            var style = table.Style.GetOrCreateColumnStyle(column);
            style.MinWidth = Math.Max(headers[column].Length, widest);
            style.Alignment = column >= 2 ? Terminal.Gui.ViewBase.Alignment.End : Terminal.Gui.ViewBase.Alignment.Start;
        }

        table.Accepted += (_, _) => EditSelected(table);
        table.KeyDown += (_, key) => key.Handled = ChannelListKey(table, key);
        page.Add(table);
        if (Model.Channels.IsEmpty)
        {
            page.Add(new Label { X = 0, Y = 3, Width = Dim.Fill(), Text = t.Get("EdNoChannels") });
        }

        if (Model.ChannelForm is { } form)
        {
            var heading = new Label { X = 0, Y = Pos.Bottom(table), Width = Dim.Fill(), Text = $"{t.Get(form.IsNew ? "EdChannelNew" : "EdChannelEdit")} — {t.Get("EdChannelFormHint")}" };
            page.Add(heading);
            View previous = heading;
            foreach (var field in form.Fields.Fields)
            {
                var control = Control(field, Changed);
                control.KeyDown += (_, key) =>
                {
                    if (key == Key.Enter)
                    {
                        AcceptChannel();
                        key.Handled = true;
                    }
                };
                var row = new FieldRowView(field.Label, control, LabelWidth) { X = 0, Y = Pos.Bottom(previous) };
                _rows[field.Name] = row;
                page.Add(row);
                previous = row;
            }
        }

        table.RefreshContentSize();
        return page;
    }

    private bool ChannelListKey(TableView table, Key key)
    {
        var selected = Model.Channels.IsEmpty ? -1 : Math.Clamp(table.Value?.SelectedCell.Y ?? 0, 0, Model.Channels.Length - 1);
        var rune = key.AsRune.Value;
        if (rune is 'a' or '+' || key == Key.InsertChar)
        {
            Model.AddChannel();
            ShowSection();
            return true;
        }

        if (rune == 'e' && selected >= 0)
        {
            Model.EditChannel(selected);
            ShowSection();
            return true;
        }

        if ((rune == 'd' || key == Key.DeleteChar) && selected >= 0)
        {
            Model.AskRemoveChannel(selected);
            AskModel();
            return true;
        }

        return false;
    }

    private void EditSelected(TableView table)
    {
        if (!Model.Channels.IsEmpty && Model.ChannelForm is null)
        {
            Model.EditChannel(Math.Clamp(table.Value?.SelectedCell.Y ?? 0, 0, Model.Channels.Length - 1));
            ShowSection();
        }
    }

    private void AcceptChannel()
    {
        Model.AcceptChannel();
        ShowSection();
    }

    /// <summary>The channels as table rows under column headers.</summary>
    private sealed class ChannelTableSource(System.Collections.Immutable.ImmutableArray<Core.Channels.Channel> channels, Resources.TuiTexts texts) : ITableSource
    {
        public string[] ColumnNames { get; } = [.. ChannelCells.Headers(texts)];

        public int Columns => ColumnNames.Length;

        public int Rows => channels.Length;

        public object this[int row, int col] => ChannelCells.Cell(channels[row], col, texts);
    }
}
