using CoMarketing.Tui.Shell;
using Terminal.Gui.ViewBase;

namespace CoMarketing.Tui.Screens.Matches;

/// <summary>Partners from the federation's other associations over <see cref="FederationMatchesModel"/>: one page of lines.</summary>
public sealed class FederationMatchesView : View, IKeyHints
{
    public FederationMatchesView(FederationMatchesModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        CanFocus = true;
        Width = Dim.Fill();
        Height = Dim.Fill();
        Page = new TextPage(model.Lines);
        Add(Page);
    }

    public FederationMatchesModel Model { get; }

    public TextPage Page { get; }

    public string HintTitle => Model.Title;

    public IReadOnlyList<KeyBinding> HintKeys => [new("Esc", Model.Texts.KeyBack)];
}
