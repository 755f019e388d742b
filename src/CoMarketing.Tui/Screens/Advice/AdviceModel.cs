using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels.Advice;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reference;

namespace CoMarketing.Tui.Screens.Advice;

/// <summary>
/// State of the "Advice" view of a campaign workspace: the partners, the budget as typed, the advice and its lines in
/// the planner's language. A thin view shows <see cref="Lines"/> and a budget field bound to <see cref="SetBudget"/>.
/// </summary>
/// <remarks>A budget that does not parse keeps the previous advice and sets <see cref="BudgetError"/>; nothing else changes.</remarks>
public sealed class AdviceModel
{
    private readonly IReadOnlyList<Business> _partners;
    private readonly int _population;
    private readonly IReadOnlyList<ChannelProfile> _profiles;
    private readonly Language _language;
    private readonly AdviceWording _wording;

    public AdviceModel(IReadOnlyList<Business> partners, int population, IReadOnlyList<ChannelProfile> profiles, Language language, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(culture);
        _partners = partners;
        _population = population;
        _profiles = profiles;
        _language = language;
        _wording = new AdviceWording(language, culture, profiles);
        Advice = ChannelAdvisor.Advise(partners, population, profiles, null);
        Lines = Render();
    }

    /// <summary>The budget as last accepted, empty for none.</summary>
    public string BudgetText { get; private set; } = string.Empty;

    /// <summary>Why the last typed budget was refused, in the planner's language; null when it was accepted.</summary>
    public string? BudgetError { get; private set; }

    public ChannelAdvice Advice { get; private set; }

    public IReadOnlyList<AdviceLine> Lines { get; private set; }

    /// <summary>Index of the selected line in <see cref="Lines"/>.</summary>
    public int Selected { get; private set; }

    /// <summary>Accepts a budget (<c>1 500,00</c>, <c>1500.00</c>, empty for none) and works the advice out again.</summary>
    public bool SetBudget(string? text)
    {
        var typed = (text ?? string.Empty).Trim();
        Money? budget = null;
        if (typed.Length > 0)
        {
            if (!Money.TryParse(typed, out var money, out _) || money.IsNegative)
            {
                BudgetError = _language == Language.Finnish
                    ? $"Budjetti '{typed}' ei kelpaa: kirjoita euromäärä, esim. 2000 tai 1 500,50."
                    : $"The budget '{typed}' is not valid: type an amount in euros, e.g. 2000 or 1500.50.";
                return false;
            }

            budget = money;
        }

        BudgetError = null;
        BudgetText = typed;
        Advice = ChannelAdvisor.Advise(_partners, _population, _profiles, budget);
        Lines = Render();
        Selected = Math.Min(Selected, Lines.Count - 1);
        return true;
    }

    /// <summary>Moves the selection by <paramref name="delta"/> lines, staying within the list.</summary>
    public void Move(int delta) => Selected = Math.Clamp(Selected + delta, 0, Lines.Count - 1);

    private List<AdviceLine> Render()
    {
        var texts = _wording.Texts;
        var lines = new List<AdviceLine> { new(AdviceLineKind.Heading, texts.OwnHeading) };
        lines.AddRange(Advice.OwnAccounts.IsEmpty
            ? [new AdviceLine(AdviceLineKind.Note, texts.NoOwnAccounts)]
            : Advice.OwnAccounts.Select(o => new AdviceLine(AdviceLineKind.Own, _wording.Reason(o))));
        lines.Add(new AdviceLine(AdviceLineKind.Heading, texts.MixHeading));
        var paid = Advice.Mix.Where(l => !l.IsFree).ToList();
        lines.AddRange(paid.Count == 0
            ? [new AdviceLine(AdviceLineKind.Note, texts.NothingToBuy)]
            : paid.Select(l => new AdviceLine(AdviceLineKind.Paid, $"{texts.Placements(l.Placements, _wording.Amount(l.Cost))}: {_wording.Reason(l.Paid!, Advice.Audience)}")));
        var warnings = _wording.Warnings(Advice);
        if (warnings.Count > 0)
        {
            lines.Add(new AdviceLine(AdviceLineKind.Heading, texts.WarningsHeading));
            lines.AddRange(warnings.Select(w => new AdviceLine(AdviceLineKind.Warning, w)));
        }

        lines.Add(new AdviceLine(AdviceLineKind.Summary, _wording.Summary(Advice)));
        return lines;
    }
}
