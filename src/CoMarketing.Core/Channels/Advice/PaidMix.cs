using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Channels.Advice;

/// <summary>The greedy choice of paid placements of <see cref="ChannelAdvisor"/>: most new target people per euro first.</summary>
internal sealed class PaidMix
{
    private readonly IReadOnlyList<PaidOption> _options;
    private readonly double _population;
    private readonly Money? _budget;
    private readonly int[] _placements;
    private readonly double[] _newPeople;
    private readonly double[] _newTarget;
    private readonly List<int> _order = [];

    public PaidMix(IReadOnlyList<PaidOption> options, double population, Money? budget)
    {
        _options = options;
        _population = population;
        _budget = budget;
        _placements = new int[options.Count];
        _newPeople = new double[options.Count];
        _newTarget = new double[options.Count];
    }

    /// <summary>Adds placements to the mix whose misses so far are given, updating them.</summary>
    public void Fill(ref double missedPeople, ref double missedTarget)
    {
        var left = _budget?.Cents ?? long.MaxValue;
        var cap = _budget is null ? 1 : ChannelAdvisor.MaxPlacements;
        while (true)
        {
            var best = -1;
            var bestRatio = 0.0;
            for (var i = 0; i < _options.Count; i++)
            {
                var option = _options[i];
                if (_placements[i] >= cap || option.Cost.Cents > left)
                {
                    continue;
                }

                var ratio = Size(i) * option.Fit.Total * missedTarget / option.Cost.Cents;
                if (ratio > bestRatio)
                {
                    (best, bestRatio) = (i, ratio);
                }
            }

            if (best < 0)
            {
                return;
            }

            var size = Size(best);
            var target = size * _options[best].Fit.Total;
            _newPeople[best] += size * missedPeople;
            _newTarget[best] += target * missedTarget;
            missedPeople *= 1 - (size / _population);
            missedTarget *= 1 - (target / _population);
            left -= _options[best].Cost.Cents;
            if (_placements[best]++ == 0)
            {
                _order.Add(best);
            }
        }
    }

    /// <summary>One line per chosen option, in the order first chosen.</summary>
    public IEnumerable<MixLine> Lines()
        => _order.Select(i => new MixLine(
            null,
            _options[i],
            _placements[i],
            Money.FromCents(checked(_options[i].Cost.Cents * _placements[i])),
            ChannelAdvisor.Whole(_newPeople[i]),
            ChannelAdvisor.Whole(_newTarget[i])));

    /// <summary>New people the next placement of option i would reach on its own: a · 0.5^k after k placements.</summary>
    private double Size(int i) => _options[i].People * Math.Pow(ChannelAdvisor.RepeatDecay, _placements[i]);
}
