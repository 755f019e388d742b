using System.Globalization;
using CoMarketing.Core.Finance;
using CoMarketing.Tui.Resources;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>A split rule's per-partner inputs read from text: weights (shares), percents, or exact amounts.</summary>
internal sealed record RuleInputs(
    IReadOnlyDictionary<long, decimal>? Weights,
    IReadOnlyDictionary<long, decimal>? Percents,
    IReadOnlyDictionary<long, Money>? Amounts)
{
    private static readonly RuleInputs None = new(null, null, null);

    /// <summary>The inputs of <paramref name="sharers"/>, or null with the first bad one named at <see cref="CostItemDraft.InputsField"/>.</summary>
    public static RuleInputs? Read(SplitRule rule, IReadOnlyList<long> sharers, IReadOnlyDictionary<long, string> typed, CampaignTexts texts, IDictionary<string, string> errors)
    {
        string Text(long id) => typed.TryGetValue(id, out var text) ? text.Trim() : string.Empty;
        switch (rule)
        {
            case SplitRule.Shares:
                var weights = new Dictionary<long, decimal>();
                foreach (var id in sharers)
                {
                    var text = Text(id);
                    if (text.Length == 0)
                    {
                        weights[id] = 1;
                    }
                    else if (Number(text) is { } weight && weight >= 0)
                    {
                        weights[id] = weight;
                    }
                    else
                    {
                        errors[CostItemDraft.InputsField] = texts.Format("WeightInvalid", text);
                        return null;
                    }
                }

                return new RuleInputs(weights, null, null);
            case SplitRule.Percent:
                var percents = new Dictionary<long, decimal>();
                foreach (var id in sharers)
                {
                    if (Number(Text(id)) is not { } percent || percent < 0 || percent > 100)
                    {
                        errors[CostItemDraft.InputsField] = texts.Format("PercentInvalid", Text(id));
                        return null;
                    }

                    percents[id] = percent;
                }

                var total = percents.Values.Sum();
                if (total != 100)
                {
                    errors[CostItemDraft.InputsField] = texts.Format("PercentTotal", total.ToString("0.##", texts.Culture));
                    return null;
                }

                return new RuleInputs(null, percents, null);
            case SplitRule.Exact:
                var amounts = new Dictionary<long, Money>();
                foreach (var id in sharers.Where(s => Text(s).Length > 0))
                {
                    if (!Money.TryParse(Text(id), out var amount, out _))
                    {
                        errors[CostItemDraft.InputsField] = texts.Format("AmountInvalid", Text(id));
                        return null;
                    }

                    amounts[id] = amount;
                }

                return new RuleInputs(null, null, amounts);
            default:
                return None;
        }
    }

    private static decimal? Number(string text)
        => decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
}
