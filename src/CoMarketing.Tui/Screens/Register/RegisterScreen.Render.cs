using CoMarketing.Tui.Rendering;
using CoMarketing.Tui.Resources;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Register;

/// <summary>Keys and drawing of <see cref="RegisterScreen"/>.</summary>
public sealed partial record RegisterScreen
{
    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var keys = new List<KeyBinding>();
        switch (Step)
        {
            case RegisterStep.Details:
                keys.Add(new KeyBinding("Tab", texts.KeyNextField));
                keys.Add(new KeyBinding("Shift+Tab", texts.KeyPreviousField, InFooter: false));
                keys.Add(new KeyBinding("Enter", texts.KeyNext));
                keys.Add(new KeyBinding("Esc", texts.KeyCancel));
                break;
            case RegisterStep.Industry:
                keys.Add(new KeyBinding("abc", texts.KeySearch));
                keys.Add(new KeyBinding(context.Unicode ? "↑↓" : "Up/Down", texts.KeyMove));
                keys.Add(new KeyBinding("Enter", texts.KeySelect));
                keys.Add(new KeyBinding("Esc", texts.KeyBack));
                break;
            default:
                keys.Add(new KeyBinding("0-9", texts.PinPrompt));
                keys.Add(new KeyBinding("Tab", texts.KeyNextField));
                keys.Add(new KeyBinding("Enter", texts.KeySave));
                keys.Add(new KeyBinding("Esc", texts.KeyBack));
                break;
        }

        return keys;
    }

    public IRenderable Render(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var texts = context.Texts;
        var stepName = Step switch
        {
            RegisterStep.Details => texts.RegisterStepDetails,
            RegisterStep.Industry => texts.RegisterStepIndustry,
            _ => texts.RegisterStepPin,
        };
        var rows = new List<IRenderable>
        {
            new Text(TextFit.Fit(texts.Format(nameof(TuiTexts.RegisterStep), (int)Step, stepName), context.Width), Styles.Header),
            Text.Empty,
        };
        switch (Step)
        {
            case RegisterStep.Details:
                rows.Add(FormView.Render(Details, context.Width, context.Unicode));
                break;
            case RegisterStep.Industry:
                rows.Add(new Text(TextFit.Fit(texts.IndustrySearchHint, context.Width), Styles.Dim));
                rows.Add(ListRenderer.Render(Industries, i => $"{i.Code.Code}  {IndustryName(i, texts)}", context.Width, IndustryRows(context), texts, context.Unicode));
                break;
            default:
                rows.Add(new Text(TextFit.Fit(texts.Format(nameof(TuiTexts.IndustryChosen), Industry is null ? "" : IndustryName(Industry, texts)), context.Width), Styles.Dim));
                rows.Add(new Text(TextFit.Fit(texts.PinChoose, context.Width), Styles.Dim));
                rows.Add(Text.Empty);
                rows.Add(PinLine(texts.PinPrompt, Pins.First, Pins.Focus == 0, context));
                rows.Add(PinLine(texts.PinRepeat, Pins.Second, Pins.Focus == 1, context));
                break;
        }

        if (Problem is not null)
        {
            rows.Add(Text.Empty);
            rows.Add(new Text(TextFit.Fit(Problem, context.Width), Styles.Error));
        }

        if (Confirm is { } confirm)
        {
            rows.Add(Text.Empty);
            rows.Add(ConfirmDialogView.Render(confirm, texts));
        }

        return new Rows(rows);
    }

    private static string IndustryName(Core.Reference.IndustryClass industry, TuiTexts texts) =>
        texts.Culture.TwoLetterISOLanguageName == "fi" ? industry.NameFi : industry.NameEn;

    private static Paragraph PinLine(string label, string digits, bool focused, ScreenContext context)
    {
        var line = new Paragraph()
            .Append(focused ? Styles.Marker(context.Unicode) + " " : "  ", Styles.Header)
            .Append(TextFit.Pad(label, 16), focused ? Styles.Header : Style.Plain)
            .Append(new string(context.Unicode ? '•' : '*', digits.Length));
        return focused ? line.Append(" ", Styles.Selected) : line;
    }
}
