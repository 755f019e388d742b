using System.Globalization;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// One participant's results for one month as they are being typed: the funnel counts and the revenue as text,
/// checked only when built. Counts may be grouped (<c>12 400</c>); revenue is typed like any amount (<c>1 200,50 €</c>).
/// A blank field counts as 0; a row left wholly blank records nothing for that month.
/// </summary>
public sealed class ResultRowDraft
{
    public const string ReachedField = "Reached";
    public const string InterestedField = "Interested";
    public const string LeadsField = "Leads";
    public const string NewCustomersField = "NewCustomers";
    public const string RevenueField = "Revenue";

    /// <summary>The fields in funnel order, revenue last.</summary>
    public static IReadOnlyList<string> Fields { get; } = [ReachedField, InterestedField, LeadsField, NewCustomersField, RevenueField];

    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _loaded = new(StringComparer.Ordinal);

    public ResultRowDraft(long participant, IReadOnlyDictionary<string, string>? texts = null)
    {
        Participant = participant;
        foreach (var field in Fields)
        {
            var text = texts?.GetValueOrDefault(field) ?? string.Empty;
            _texts[field] = text;
            _loaded[field] = text;
        }
    }

    public long Participant { get; }

    /// <summary>The text of <paramref name="field"/> (one of <see cref="Fields"/>).</summary>
    public string this[string field]
    {
        get => _texts[Known(field)];
        set => _texts[Known(field)] = value ?? string.Empty;
    }

    /// <summary>True when every field is blank: nothing is recorded.</summary>
    public bool IsBlank => _texts.Values.All(string.IsNullOrWhiteSpace);

    /// <summary>True when some field differs from what was loaded.</summary>
    public bool IsChanged => Fields.Any(f => !string.Equals(_texts[f].Trim(), _loaded[f].Trim(), StringComparison.Ordinal));

    /// <summary>The draft of a participant's stored monthly totals (or a blank one).</summary>
    public static ResultRowDraft From(long participant, FunnelTotals? totals, CampaignFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        return totals is not { } t
            ? new ResultRowDraft(participant)
            : new ResultRowDraft(participant, new Dictionary<string, string>
            {
                [ReachedField] = format.People(t.Reached),
                [InterestedField] = format.People(t.Interested),
                [LeadsField] = format.People(t.Leads),
                [NewCustomersField] = format.People(t.NewCustomers),
                [RevenueField] = t.Revenue.Format(format.Culture).Replace('\u00A0', ' ').Replace('\u202F', ' '),
            });
    }

    /// <summary>
    /// The result for the month starting <paramref name="month"/>, or null: blank (nothing to record) when
    /// <paramref name="errors"/> stays empty, otherwise invalid with a message per field.
    /// </summary>
    public CampaignResult? Build(DateOnly month, CampaignTexts texts, IDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(errors);
        if (IsBlank)
        {
            return null;
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var field in Fields.Take(4))
        {
            if (!TryCount(_texts[field], texts.IsFinnish, out var count))
            {
                errors[field] = texts.Format("CountInvalid", _texts[field].Trim());
            }
            else if (count < 0)
            {
                errors[field] = texts.Format("CountNegative", _texts[field].Trim());
            }
            else
            {
                counts[field] = count;
            }
        }

        var revenue = Money.Zero;
        var revenueText = _texts[RevenueField];
        if (!string.IsNullOrWhiteSpace(revenueText) && !Money.TryParse(revenueText, out revenue, out _))
        {
            errors[RevenueField] = texts.Format("AmountInvalid", revenueText.Trim());
        }
        else if (revenue.IsNegative)
        {
            errors[RevenueField] = texts.Format("RevenueNegative", revenueText.Trim());
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var (reached, interested, leads, customers) = (counts[ReachedField], counts[InterestedField], counts[LeadsField], counts[NewCustomersField]);
        try
        {
            return new CampaignResult(Participant, month, ResultPeriod.Month, reached, interested, leads, customers, revenue);
        }
        catch (DomainException error)
        {
            // Core has the last word; the message goes to the step where the funnel widens, in the screen's language.
            var (field, message) = (interested > reached, leads > interested, customers > leads) switch
            {
                (true, _, _) => (InterestedField, texts.Format("FunnelInterested", interested, reached)),
                (_, true, _) => (LeadsField, texts.Format("FunnelLeads", leads, interested)),
                (_, _, true) => (NewCustomersField, texts.Format("FunnelCustomers", customers, leads)),
                _ => (CampaignResult.IsAboutRevenue(error) ? RevenueField : ReachedField, texts.Message(error)),
            };
            errors[field] = message;
            return null;
        }
    }

    /// <summary>A whole number of people: spaces group thousands (a comma too in English); a minus sign is kept to be refused in words.</summary>
    private static bool TryCount(string text, bool finnish, out long count)
    {
        count = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var plain = new string([.. text.Where(c => !char.IsWhiteSpace(c) && (finnish || c != ','))]).Replace('\u2212', '-');
        return long.TryParse(plain, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out count);
    }

    private static string Known(string field)
        => Fields.Contains(field) ? field : throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown result field.");
}
