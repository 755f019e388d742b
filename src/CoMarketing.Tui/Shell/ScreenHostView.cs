using CoMarketing.Tui.Application;
using CoMarketing.Tui.Host;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Screens;
using Terminal.Gui.ViewBase;
using TgKey = Terminal.Gui.Input.Key;

namespace CoMarketing.Tui.Shell;

/// <summary>
/// Shows the plain screens (<see cref="IScreen"/>: state, keys and a text body) inside the Terminal.Gui window for the
/// screens that have no view of their own yet: keys go to the screen, its body is drawn as text, its stack of screens
/// (a form over a list) lives here, and Esc on the first one goes back to the view before.
/// </summary>
public sealed class ScreenHostView : View, IKeyHints, IHoldsDrafts
{
    private readonly AreaContext _area;
    private readonly OffscreenRenderer _renderer = new(RenderSettings.Plain);
    private readonly ErrorLog _errors;

    public ScreenHostView(AreaContext area, IScreen first)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(first);
        _area = area;
        _errors = new ErrorLog(ErrorLog.DefaultPath(Environment.GetEnvironmentVariable), area.Shell.Clock);
        Navigator = new Navigator(first);
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
    }

    /// <summary>The open screens of this view, the current one last.</summary>
    public Navigator Navigator { get; }

    public string HintTitle => Navigator.Current.GetTitle(ScreenContext());

    public IReadOnlyList<KeyBinding> HintKeys => Navigator.Current.GetKeys(ScreenContext());

    /// <summary>Who the current screen says is concerned (its header status), if anyone.</summary>
    public string? Status => Navigator.Current.GetStatus(ScreenContext());

    public IEnumerable<IHasDraft> Drafts => Navigator.Screens.OfType<IHasDraft>();

    /// <summary>Gives <paramref name="key"/> to the current screen as the old host did; true when it was used here.</summary>
    public bool Deliver(KeyPress key)
    {
        var depth = Navigator.Depth;
        Navigator.ClearMessage();
        bool handled;
        try
        {
            var result = Navigator.Current.Handle(key, ScreenContext());
            if (depth == 1 && result.Commands.OfType<PopScreen>().Any() && !result.Commands.OfType<PushScreen>().Any())
            {
                // The first screen closing itself (Esc, or leaving after a save) closes this view: back to the view before.
                Navigator.Apply(result with { Commands = [.. result.Commands.Where(command => command is not PopScreen)] });
                _area.Navigation.Back();
                return true;
            }

            Navigator.Apply(result);
            handled = result.Handled;
            if (result.Commands.OfType<GoHome>().Any())
            {
                GoHome(result);
                return true;
            }

            foreach (var area in result.Commands.OfType<OpenArea>())
            {
                _area.Navigation.OpenArea(area.Title);
            }

            foreach (var view in result.Commands.OfType<OpenView>())
            {
                _area.Navigation.Open(view.Open(_area));
            }

            foreach (var start in result.Commands.OfType<StartCampaign>())
            {
                _area.Navigation.Open(Screens.Campaigns.CampaignScreens.StartWith(_area.Service, start.BusinessIds));
            }
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            _errors.Write(error);
            Navigator.Run(ScreenCommand.Message(_area.Texts.Format(nameof(Resources.TuiTexts.UnexpectedError), _errors.Path), MessageKind.Error));
            handled = true;
        }

        if (!handled && key.Is(Key.Escape) && depth > 1 && Navigator.Depth == depth)
        {
            Navigator.Run(ScreenCommand.Pop());
            handled = true;
        }

        if (Navigator.IsQuitting)
        {
            _area.Navigation.Quit();
        }

        SetNeedsDraw();
        _area.Navigation.Refresh();
        return handled;
    }

    /// <summary>The overview replaces every view (this one too), with the result's message; screens pushed after it open over it.</summary>
    private void GoHome(ScreenResult result)
    {
        var navigation = _area.Navigation;
        navigation.Home(result.Commands.OfType<ShowMessage>().LastOrDefault()?.Text);
        foreach (var push in result.Commands.SkipWhile(command => command is not Screens.GoHome).OfType<PushScreen>())
        {
            navigation.Open(_area.Screen(push.Screen));
        }
    }

    /// <summary>Text pasted into the screen: typed character by character (line breaks dropped), never as commands.</summary>
    public void Paste(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!System.Text.Rune.IsControl(rune))
            {
                Deliver(KeyPress.Character(rune));
            }
        }
    }

    protected override bool OnKeyDown(TgKey key)
    {
        if (!KeyTranslator.TryTranslate(key, out var press) || press.Is(Key.F1) || press.Is(Key.F9) || press.Is(Key.F10))
        {
            return false;
        }

        return Deliver(press);
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Math.Max(Viewport.Width, 1);
        var height = Math.Max(Viewport.Height, 1);
        var screen = ScreenContext();
        IReadOnlyList<string> lines;
        try
        {
            lines = _renderer.Render(Navigator.Current.Render(screen), width, screen.Height);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            _errors.Write(error);
            lines = [_area.Texts.Format(nameof(Resources.TuiTexts.UnexpectedError), _errors.Path)];
        }

        for (var row = 0; row < height - 1; row++)
        {
            Move(0, row);
            AddStr(TextFit.Pad(row < lines.Count ? lines[row] : "", width));
        }

        Move(0, height - 1);
        AddStr(TextFit.Pad(MessageLine(), width));
        return true;
    }

    private string MessageLine()
    {
        if (Navigator.Message is not { } message)
        {
            return "";
        }

        var texts = _area.Texts;
        var prefix = message.Kind switch
        {
            MessageKind.Error => texts.MessageError + ": ",
            MessageKind.Warning => texts.MessageWarning + ": ",
            MessageKind.Success => texts.MessageSuccess + ": ",
            _ => "",
        };
        return prefix + message.Text;
    }

    private ScreenContext ScreenContext() =>
        new(Math.Max(Viewport.Width, 1), Math.Max(Viewport.Height - 1, 1), _area.Texts, _area.Shell.Clock);
}
