using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace CoMarketing.Reports.Exports.Pdf;

/// <summary>
/// A4 portrait pages written top to bottom: headings, lines of text, tables that fit the page width (columns
/// shrunk to fit, long cells wrapped) and horizontal bar charts; a new page starts when one is full.
/// </summary>
internal sealed class PdfCanvas : IDisposable
{
    private const double Margin = 42;
    private static readonly XBrush Ink = XBrushes.Black;
    private readonly PdfDocument _document = new();
    private readonly XFont _body;
    private readonly XFont _bold;
    private readonly XFont _heading;
    private readonly XFont _title;
    private XGraphics? _graphics;
    private PdfPage? _page;
    private double _y;

    static PdfCanvas()
    {
        // PDFsharp's font resolver is process-wide; the fail-safe one embeds Segoe WP fonts (ä, ö, å and €),
        // needs no installed fonts and works under Native AOT.
        GlobalFontSettings.FontResolver ??= new PdfSharp.Snippets.Font.FailsafeFontResolver();
    }

    public PdfCanvas(string title)
    {
        _document.Info.Title = title;
        _body = new XFont("Arial", 9);
        _bold = new XFont("Arial", 9, XFontStyleEx.Bold);
        _heading = new XFont("Arial", 12, XFontStyleEx.Bold);
        _title = new XFont("Arial", 16, XFontStyleEx.Bold);
        NewPage();
    }

    private double Width => _page!.Width.Point - (2 * Margin);

    private double Bottom => _page!.Height.Point - Margin;

    public void Title(string text) => Line(text, _title, 24);

    public void Heading(string text)
    {
        Room(40);
        _y += 6;
        Line(text, _heading, 18);
    }

    public void Text(string text, bool bold = false) => Line(text, bold ? _bold : _body, 13);

    /// <summary>
    /// A table: figure columns as wide as their widest figure (never wrapped, never clipped); text columns share
    /// the rest of the page width in proportion to their widest cell, long cells wrapped at spaces.
    /// </summary>
    public void Table(SummarySection section)
    {
        var columns = section.Headers.Count;
        var widths = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            var cells = section.Rows.Select(r => Measure(r[c], section.TotalRows.Count > 0 ? _bold : _body)).DefaultIfEmpty(0).Max();
            var header = section.Numeric[c] ? section.Headers[c].Split(' ').Max(w => Measure(w, _bold)) : Measure(section.Headers[c], _bold);
            widths[c] = Math.Max(header, cells) + 8;
        }

        var fixedWidth = widths.Where((_, c) => section.Numeric[c]).Sum();
        var textWidth = widths.Where((_, c) => !section.Numeric[c]).Sum();
        var scale = textWidth == 0 ? 1 : Math.Min(1, Math.Max(0, Width - fixedWidth) / textWidth);
        widths = [.. widths.Select((w, c) => section.Numeric[c] ? w : w * scale)];
        Row(section.Headers, widths, section.Numeric, _bold, shade: true);
        for (var r = 0; r < section.Rows.Count; r++)
        {
            Row(section.Rows[r], widths, section.Numeric, section.TotalRows.Contains(r) ? _bold : _body, shade: false);
        }

        _y += 4;
    }

    /// <summary>Horizontal bars, one per label, their lengths proportional to the values; the value printed beside each.</summary>
    public void Bars(IReadOnlyList<(string Label, decimal Value, string Shown)> bars)
    {
        var labelWidth = Math.Min(Width * 0.35, bars.Select(b => Measure(b.Label, _body)).DefaultIfEmpty(0).Max() + 8);
        var valueWidth = bars.Select(b => Measure(b.Shown, _body)).DefaultIfEmpty(0).Max() + 8;
        var maximum = bars.Select(b => Math.Abs(b.Value)).DefaultIfEmpty(0).Max();
        var room = Width - labelWidth - valueWidth;
        foreach (var (label, value, shown) in bars)
        {
            Room(16);
            _graphics!.DrawString(Fit(label, _body, labelWidth - 4), _body, Ink, Margin, _y + 10);
            var length = maximum == 0 ? 0 : (double)(Math.Abs(value) / maximum) * room;
            _graphics.DrawRectangle(XBrushes.SteelBlue, Margin + labelWidth, _y + 2, Math.Max(length, 0.5), 10);
            _graphics.DrawString(shown, _body, Ink, Margin + labelWidth + length + 4, _y + 10);
            _y += 15;
        }
    }

    /// <summary>
    /// Two bars per label on one scale (e.g. acquisition cost against customer value), with a legend naming the two
    /// series; each value printed beside its bar.
    /// </summary>
    public void Pairs(IReadOnlyList<(string Label, decimal First, string FirstShown, decimal Second, string SecondShown)> pairs, string firstName, string secondName)
    {
        var labelWidth = Math.Min(Width * 0.35, pairs.Select(b => Measure(b.Label, _body)).DefaultIfEmpty(0).Max() + 8);
        var valueWidth = pairs.SelectMany(b => new[] { b.FirstShown, b.SecondShown }).Select(s => Measure(s, _body)).DefaultIfEmpty(0).Max() + 8;
        var maximum = pairs.SelectMany(b => new[] { Math.Abs(b.First), Math.Abs(b.Second) }).DefaultIfEmpty(0).Max();
        var room = Width - labelWidth - valueWidth;
        Room(16);
        _graphics!.DrawRectangle(XBrushes.DarkOrange, Margin + labelWidth, _y + 3, 9, 8);
        _graphics.DrawString(firstName, _body, Ink, Margin + labelWidth + 12, _y + 10);
        var second = Margin + labelWidth + 24 + Measure(firstName, _body);
        _graphics.DrawRectangle(XBrushes.SeaGreen, second, _y + 3, 9, 8);
        _graphics.DrawString(secondName, _body, Ink, second + 12, _y + 10);
        _y += 15;
        foreach (var (label, first, firstShown, value, valueShown) in pairs)
        {
            Room(26);
            _graphics!.DrawString(Fit(label, _body, labelWidth - 4), _body, Ink, Margin, _y + 14);
            var offset = 1.0;
            foreach (var (amount, shown, brush) in new[] { (first, firstShown, XBrushes.DarkOrange), (value, valueShown, XBrushes.SeaGreen) })
            {
                var length = maximum == 0 ? 0 : (double)(Math.Abs(amount) / maximum) * room;
                _graphics.DrawRectangle(brush, Margin + labelWidth, _y + offset, Math.Max(length, 0.5), 10);
                _graphics.DrawString(shown, _body, Ink, Margin + labelWidth + length + 4, _y + offset + 8);
                offset += 12;
            }

            _y += 27;
        }
    }

    public byte[] Save()
    {
        _graphics?.Dispose();
        _graphics = null;
        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private void Row(IReadOnlyList<string> cells, double[] widths, IReadOnlyList<bool> numeric, XFont font, bool shade)
    {
        var lines = cells.Select((cell, c) => numeric[c] && !ReferenceEquals(font, _bold) ? [cell] : Wrap(cell, font, widths[c] - 6)).ToList();
        var height = (lines.Max(l => l.Count) * 11) + 4;
        Room(height);
        if (shade)
        {
            _graphics!.DrawRectangle(XBrushes.Gainsboro, Margin, _y, widths.Sum(), height);
        }

        var x = Margin;
        for (var c = 0; c < cells.Count; c++)
        {
            for (var k = 0; k < lines[c].Count; k++)
            {
                var text = lines[c][k];
                var left = numeric[c] ? x + widths[c] - 3 - Measure(text, font) : x + 3;
                _graphics!.DrawString(text, font, Ink, left, _y + 11 + (k * 11));
            }

            x += widths[c];
        }

        _y += height;
        _graphics!.DrawLine(XPens.LightGray, Margin, _y, Margin + widths.Sum(), _y);
    }

    /// <summary>Breaks a cell into lines no wider than <paramref name="width"/>, at spaces where it can.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (Measure(candidate, font) <= width || current.Length == 0)
            {
                current = candidate;
                continue;
            }

            lines.Add(current);
            current = word;
        }

        lines.Add(current);
        return lines;
    }

    private string Fit(string text, XFont font, double width)
    {
        var fitted = text;
        while (fitted.Length > 1 && Measure(fitted, font) > width)
        {
            fitted = fitted[..^2] + "…";
        }

        return fitted;
    }

    private double Measure(string text, XFont font) => _graphics!.MeasureString(text.Length == 0 ? " " : text, font).Width;

    private void Line(string text, XFont font, double height)
    {
        foreach (var line in Wrap(text, font, Width))
        {
            Room(height);
            _graphics!.DrawString(line, font, Ink, Margin, _y + height - 4);
            _y += height;
        }
    }

    private void Room(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }
}
