using CoMarketing.Tui.Input;
using CoMarketing.Tui.Screens;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Tests.Screens.Editor;

/// <summary>A screen to sit under the one being tested, so that "back" has somewhere to go.</summary>
internal sealed record ParentScreen : IScreen
{
    public string GetTitle(ScreenContext context) => "Parent";

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context) => [];

    public ScreenResult Handle(KeyPress key, ScreenContext context) => ScreenResult.Unhandled(this);

    public IRenderable Render(ScreenContext context) => new Text("parent");
}
