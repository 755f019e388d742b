using System.Globalization;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Tui.Resources;
using SplitRule = CoMarketing.Core.Splitting.SplitRule;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// A cost item as it is being typed: every field as text, checked only when built. The amount is typed as people
/// write it (<c>1 200</c>, <c>1 200,50 €</c>, <c>1,200.50</c>) and read as net or as gross; the rule's inputs are per
/// partner (a weight for shares, a percent, or an exact amount where a blank takes the rest).
/// </summary>
public sealed class CostItemDraft
{
    public const string DescriptionField = "Description";
    public const string AmountField = "Amount";
    public const string VatField = "Vat";
    public const string InputsField = "Inputs";
    public const string SharersField = "Sharers";

    public string Description { get; set; } = string.Empty;

    public ChannelKind? Channel { get; set; }

    public string Amount { get; set; } = string.Empty;

    /// <summary>True when <see cref="Amount"/> includes VAT; the net is then worked out by <see cref="VatRate.NetOfGross"/>.</summary>
    public bool AmountIsGross { get; set; }

    public string Vat { get; set; } = string.Empty;

    public SplitRule Rule { get; set; } = SplitRule.Equal;

    /// <summary>The partners sharing the item; empty means every partner.</summary>
    public HashSet<long> Sharers { get; } = [];

    /// <summary>The partner that paid, or null for the association.</summary>
    public long? PaidBy { get; set; }

    /// <summary>The rule's input per partner as typed: weight (shares), percent, or amount (exact).</summary>
    public Dictionary<long, string> Inputs { get; } = [];

    /// <summary>A blank item with the association's VAT rate.</summary>
    public static CostItemDraft Blank(decimal vatPercent, CultureInfo culture) => new() { Vat = vatPercent.ToString("0.##", culture) };

    /// <summary>The draft of a saved item: its net amount and inputs written in <paramref name="culture"/>.</summary>
    public static CostItemDraft From(CostItem item, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(item);
        var draft = new CostItemDraft
        {
            Description = item.Description,
            Channel = item.Channel,
            Amount = item.Net.Format(culture).Replace('\u00A0', ' '),
            Vat = item.VatPercent.ToString("0.##", culture),
            Rule = item.Rule,
            PaidBy = item.PaidBy,
        };
        draft.Sharers.UnionWith(item.Among);
        foreach (var w in item.Weights)
        {
            draft.Inputs[w.Key] = w.Value.ToString("0.####", culture);
        }

        foreach (var p in item.Percents)
        {
            draft.Inputs[p.Key] = p.Value.ToString("0.##", culture);
        }

        foreach (var a in item.Amounts)
        {
            draft.Inputs[a.Key] = a.Value.Format(culture).Replace('\u00A0', ' ');
        }

        return draft;
    }

    /// <summary>An independent copy (the "duplicate" command).</summary>
    public CostItemDraft Copy()
    {
        var copy = new CostItemDraft { Description = Description, Channel = Channel, Amount = Amount, AmountIsGross = AmountIsGross, Vat = Vat, Rule = Rule, PaidBy = PaidBy };
        copy.Sharers.UnionWith(Sharers);
        foreach (var input in Inputs)
        {
            copy.Inputs[input.Key] = input.Value;
        }

        return copy;
    }

    /// <summary>The item, or null with a message per field in <paramref name="errors"/>.</summary>
    public CostItem? Build(IReadOnlyList<long> partners, CampaignTexts texts, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(Description))
        {
            errors[DescriptionField] = texts.Get("DescriptionEmpty");
        }

        var hasAmount = Money.TryParse(Amount, out var amount, out _);
        if (!hasAmount)
        {
            errors[AmountField] = texts.Format("AmountInvalid", Amount.Trim());
        }

        if (VatRate.Read(Vat, out var vat) is { } vatProblem)
        {
            errors[VatField] = vatProblem.In(Refusals.LanguageOf(texts.Culture));
        }

        var sharers = partners.Where(p => Sharers.Count == 0 || Sharers.Contains(p)).ToList();
        if (sharers.Count == 0 || Sharers.Any(s => !partners.Contains(s)))
        {
            errors[SharersField] = texts.Get("SharersInvalid");
        }

        var inputs = RuleInputs.Read(Rule, sharers, Inputs, texts, errors);
        if (errors.Count > 0 || inputs is null)
        {
            return null;
        }

        var net = AmountIsGross ? vat.NetOfGross(amount) : amount;
        try
        {
            return new CostItem(Description, Channel, net, vat.Percent, PaidBy, Rule, Sharers.Count == 0 ? null : sharers, inputs.Weights, inputs.Percents, inputs.Amounts);
        }
        catch (DomainException error)
        {
            // Core has the last word (a description too long, a share weight too large), at the field it is about.
            errors[CostItem.IsAboutDescription(error) ? DescriptionField : InputsField] = texts.Message(error);
            return null;
        }
    }
}
