using CoMarketing.Tui.Input;
using CoMarketing.Tui.Screens;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Tests.Host;

/// <summary>A screen that fails on 'x' (or when rendering, if asked), to test the host's error handling.</summary>
internal sealed record ThrowingScreen(bool FailToRender = false) : IScreen
{
    public string GetTitle(ScreenContext context) => "Fragile";

    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context) => [new("x", "fail")];

    public ScreenResult Handle(KeyPress key, ScreenContext context) =>
        key.Is('x') ? throw new InvalidOperationException("boom") : ScreenResult.Unhandled(this);

    public IRenderable Render(ScreenContext context) =>
        FailToRender ? throw new InvalidOperationException("render boom") : new Text("fragile body");
}
