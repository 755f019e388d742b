using CoMarketing.Tui.Screens.Matches;
using CoMarketing.Tui.Screens.Pickers;
using CoMarketing.Tui.Shell;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Screens.Businesses;

/// <summary>A business's read-only profile over <see cref="BusinessProfileModel"/>: ↑/↓ PgUp/PgDn or the wheel scroll, <c>m</c> its matches.</summary>
public sealed class BusinessProfileView : View, IKeyHints
{
    private readonly AreaContext _area;

    public BusinessProfileView(AreaContext area, BusinessProfileModel model)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(model);
        _area = area;
        Model = model;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    public BusinessProfileModel Model { get; }

    /// <summary>The first line shown.</summary>
    public int Top { get; private set; }

    public string HintTitle => $"{Model.Title} · {Model.Status}";

    public IReadOnlyList<KeyBinding> HintKeys =>
    [
        new("m", Model.Texts.Get("BizKeyMatches")),
        new("↑↓ PgUp/PgDn", Model.Texts.Get("BizKeyScroll")),
    ];

    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.AsRune.Value == 'm')
        {
            _area.Navigation.Open(MatchesView.Open(_area, Model.Business));
            return true;
        }

        var step = key == Key.CursorDown ? 1 : key == Key.CursorUp ? -1 : key == Key.PageDown ? Page : key == Key.PageUp ? -Page : 0;
        if (step == 0)
        {
            return false;
        }

        ScrollBy(step);
        return true;
    }

    protected override bool OnMouseEvent(Mouse mouse)
    {
        ArgumentNullException.ThrowIfNull(mouse);
        if (mouse.Flags.HasFlag(MouseFlags.WheeledDown) || mouse.Flags.HasFlag(MouseFlags.WheeledUp))
        {
            ScrollBy(mouse.Flags.HasFlag(MouseFlags.WheeledDown) ? 3 : -3);
            return true;
        }

        return base.OnMouseEvent(mouse);
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        for (var row = 0; row < Viewport.Height; row++)
        {
            var index = Top + row;
            var line = index < Model.Lines.Count ? Model.Lines[index] : null;
            SetAttributeForRole(line?.Kind == ProfileLineKind.Heading ? VisualRole.Highlight : line?.Kind == ProfileLineKind.Dim ? VisualRole.Disabled : VisualRole.Normal);
            Move(0, row);
            AddStr(PickList.Fit(line?.Text ?? "", Viewport.Width));
        }

        return true;
    }

    private int Page => Math.Max(Viewport.Height - 1, 1);

    private void ScrollBy(int step)
    {
        Top = Math.Clamp(Top + step, 0, Math.Max(Model.Lines.Count - Viewport.Height, 0));
        SetNeedsDraw();
    }
}
