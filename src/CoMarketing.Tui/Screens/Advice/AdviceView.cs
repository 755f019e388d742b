using System.Collections.ObjectModel;
using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Shell;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Advice;

/// <summary>
/// The thin Terminal.Gui view over <see cref="AdviceModel"/>: a budget field (Enter applies it), a line for a refused
/// budget, and the advice lines in a list. All state lives in the model.
/// </summary>
public sealed class AdviceView : View, IKeyHints
{
    private readonly string _title;
    private readonly IReadOnlyList<KeyBinding> _keys;

    private readonly AdviceModel _model;

    public AdviceView(AdviceModel model, CampaignTexts texts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        _model = model;
        _title = texts.Get("PageAdvice");
        _keys = [new("Enter", texts.Get("AdviceKeyBudget"))];
        var budgetLabel = texts.Get("AdviceBudget");
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        var label = new Label { Text = budgetLabel, X = 0, Y = 0 };
        Budget = new TextField { X = Pos.Right(label) + 1, Y = 0, Width = 16, Text = model.BudgetText };
        Error = new Label { X = 0, Y = 1, Width = Dim.Fill(), Text = string.Empty };
        Lines = new ListView { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill() };
        Lines.SetSource(new ObservableCollection<string>(model.Lines.Select(Row)));
        Budget.Accepting += (_, e) =>
        {
            Apply();
            e.Handled = true;
        };
        Add(label, Budget, Error, Lines);
    }

    /// <summary>
    /// Where <paramref name="partners"/> (a campaign's participants, or a group straight from the matches) should spend
    /// a joint budget, in the session's language: the same advice as <c>channels advise</c>.
    /// </summary>
    public static AdviceView For(PlannerService service, IEnumerable<long> partners)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(partners);
        var texts = CampaignTexts.Of(service.Texts);
        var businesses = partners.Select(service.GetBusiness).OfType<Business>().ToList();
        var model = new AdviceModel(
            businesses, service.Backend.GetAssociation().Population, service.Backend.Reference.ChannelProfiles,
            texts.IsFinnish ? Language.Finnish : Language.English, texts.Culture);
        return new AdviceView(model, texts);
    }

    public string HintTitle => _title;

    public IReadOnlyList<KeyBinding> HintKeys => _keys;

    /// <summary>The budget as typed; Enter applies it.</summary>
    public TextField Budget { get; }

    /// <summary>Why a typed budget was refused; empty otherwise.</summary>
    public Label Error { get; }

    /// <summary>The advice, one line per own account, paid channel, warning and the summary.</summary>
    public ListView Lines { get; }

    /// <summary>Hands the typed budget to the model and shows its advice, or its refusal.</summary>
    public void Apply()
    {
        _model.SetBudget(Budget.Text);
        Error.Text = _model.BudgetError ?? string.Empty;
        Lines.SetSource(new ObservableCollection<string>(_model.Lines.Select(Row)));
    }

    private static string Row(AdviceLine line) => line.Kind switch
    {
        AdviceLineKind.Own or AdviceLineKind.Paid => $"  {line.Text}",
        AdviceLineKind.Warning => $"  ! {line.Text}",
        _ => line.Text,
    };
}
