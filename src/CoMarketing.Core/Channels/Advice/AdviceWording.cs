using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reference;

namespace CoMarketing.Core.Channels.Advice;

/// <summary>Puts <see cref="ChannelAdvice"/> into words a café owner understands, in Finnish or English.</summary>
/// <remarks>
/// People counts are "about" figures: under 1 000 to the nearest ten, else to the nearest hundred, grouped by threes
/// with a space in both languages (as match reasons are). Amounts follow <c>culture</c> (Finnish <c>1 234,50 €</c>);
/// a cost per thousand of 10 € or more is rounded to whole euros. Percentages are whole: <c>62 %</c>.
/// </remarks>
public sealed class AdviceWording
{
    private static readonly NumberFormatInfo Grouping = new() { NumberGroupSeparator = " ", NumberDecimalDigits = 0 };
    private readonly AdviceTexts _texts;
    private readonly Language _language;
    private readonly CultureInfo _culture;
    private readonly Dictionary<ChannelKind, ChannelProfile> _profiles;

    public AdviceWording(Language language, CultureInfo culture, IReadOnlyList<ChannelProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(profiles);
        _texts = AdviceTexts.For(language);
        _language = language;
        _culture = culture;
        _profiles = profiles.ToDictionary(p => p.Kind);
    }

    public AdviceTexts Texts => _texts;

    /// <summary>The channel kind's name in the reader's language, e.g. "Local newspaper", "Paikallislehti".</summary>
    public string Label(ChannelKind kind) => _profiles.TryGetValue(kind, out var p) ? p.Label(_language) : ChannelKinds.ShortName(kind);

    /// <summary>Why to buy a paid option: who of the customers it suits, its reach and its cost per thousand.</summary>
    public string Reason(PaidOption option, CombinedAudience audience)
    {
        ArgumentNullException.ThrowIfNull(option);
        ArgumentNullException.ThrowIfNull(audience);
        var core = AgeSpan.CoreOf(_profiles[option.Kind].TypicalAges);
        return _texts.Paid(
            $"{Label(option.Kind)} ({option.Name})",
            Percent(core.Share(audience.Ages)),
            _texts.Span(core),
            _texts.People(About(option.People)),
            PerThousand(option.CostPerThousand));
    }

    /// <summary>What a partner's own account brings for free.</summary>
    public string Reason(OwnAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return _texts.Own(account.PartnerName, Label(account.Channel.Kind), account.Channel.Name, _texts.People(About(account.People)), About(account.NewPeople));
    }

    /// <summary>One warning per channel kind that does not fit, in <see cref="ChannelKind"/> order, naming the main reason.</summary>
    public IReadOnlyList<string> Warnings(ChannelAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return [.. advice.Fits.Where(f => !f.Fits && f.Kind != ChannelKind.Other).Select(f => Warning(f, advice.Audience))];
    }

    /// <summary>The mix in one sentence: reach, target reach, cost, and what the own accounts reach alone.</summary>
    public string Summary(ChannelAdvice advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        return _texts.Summary(_texts.People(About(advice.Reach)), About(advice.TargetReach), Amount(advice.Cost), _texts.People(About(advice.FreeReach)));
    }

    /// <summary>An amount with the euro sign in the reader's culture: <c>1 234,50 €</c>.</summary>
    public string Amount(Money money) => $"{money.Format(_culture)} €";

    /// <summary>A cost per thousand: whole euros from 10 € up (<c>13 €</c>), else with cents (<c>4,50 €</c>).</summary>
    public string PerThousand(Money money)
        => money.Cents >= 1000
            ? $"{Math.Round(money.ToDecimal(), MidpointRounding.AwayFromZero).ToString("#,0", _culture)} €"
            : Amount(money);

    /// <summary>An "about" count: under 1 000 to the nearest ten, else the nearest hundred, grouped with spaces.</summary>
    public static string About(long people)
    {
        var step = people < 1000 ? 10 : 100;
        var rounded = Math.Round((decimal)people / step, MidpointRounding.AwayFromZero) * step;
        return rounded.ToString("N0", Grouping);
    }

    public static string Percent(double share) => $"{Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)} %";

    private string Warning(ChannelFit fit, CombinedAudience audience)
    {
        var label = Label(fit.Kind);
        if (fit.Age < ChannelFit.Threshold)
        {
            var profile = _profiles[fit.Kind].TypicalAges;
            var core = AgeSpan.CoreOf(profile);
            var older = AgeSpan.MeanBand(audience.Ages) > AgeSpan.MeanBand(profile);
            return _texts.AgeMisfit(label, _texts.Span(AgeSpan.MajorityOf(audience.Ages, older)), Percent(core.Share(audience.Ages)), _texts.Span(core));
        }

        if (fit.CustomerType < 0.6)
        {
            return _texts.ConsumerMisfit(label);
        }

        return fit.Locality < fit.Niche ? _texts.NationalMisfit(label) : _texts.NicheMisfit(label);
    }
}
