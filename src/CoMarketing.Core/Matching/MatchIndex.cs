using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Matching;

/// <summary>
/// An in-memory, column-oriented index of an association's businesses, built once and scanned for matches.
/// </summary>
/// <remarks>
/// Every attribute the filters and the score read is held in flat arrays (numbers, bit masks, bitsets over a
/// dictionary of interest tags and municipalities, sorted id runs for offerings), so ranking one business against
/// 100 000 others touches no objects and allocates nothing per candidate. Inverted lists (<see cref="CandidateLists"/>)
/// lead a local business only to the candidates that can share its area. It is immutable after
/// <see cref="Build"/> and safe to query from several threads at once.
/// </remarks>
public sealed partial class MatchIndex
{
    private const byte PreferenceFine = 1;
    private const byte PreferenceNever = 2;

    private readonly Business[] _businesses;
    private readonly Dictionary<long, int> _positions;
    private readonly long[] _ids;
    private readonly bool[] _archived;
    private readonly double[] _ages;
    private readonly int _interestWords;
    private readonly ulong[] _interests;
    private readonly int[] _interestCounts;
    private readonly int[] _tagWeights;
    private readonly long[] _interestWeights;
    private readonly int[] _relatedLevels;
    private readonly ulong[] _related;
    private readonly ulong[] _relatedAny;
    private readonly long _maxTagWeight;
    private readonly double[] _maxBoost;
    private readonly int _areaWords;
    private readonly ulong[] _areas;
    private readonly int[] _areaCounts;
    private readonly int[] _offeringStart;
    private readonly int[] _offerings;
    private readonly int[] _months;
    private readonly byte[] _customerTypes;
    private readonly int[] _classes;
    private readonly int[] _subclasses;
    private readonly bool[] _national;
    private readonly double[] _reach;
    private readonly double[] _reachRatios;
    private readonly double[] _latitudes;
    private readonly double[] _longitudes;
    private readonly double[] _radii;
    private readonly double[] _xs;
    private readonly double[] _ys;
    private readonly double[] _zs;
    private readonly int[] _preferenceStart;
    private readonly int[] _preferenceOther;
    private readonly byte[] _preferenceKind;
    private readonly int[] _homePlaces;
    private readonly CandidateLists _lists;
    private readonly ScoreBounds _bounds;
    private readonly int[] _complementGroups;
    private readonly double[] _complementFractions;
    private readonly int _complementStride;

    /// <summary>The settings the index was built with.</summary>
    public MatchSettings Settings { get; }

    /// <summary>How many businesses the index holds (archived ones included; they are never matched).</summary>
    public int Count => _ids.Length;

    /// <summary>The businesses, in index order.</summary>
    public IReadOnlyList<Business> Businesses => _businesses;

    /// <summary>The index position of the business with this store id, or −1.</summary>
    public int IndexOf(long id) => _positions.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The store id at an index position.</summary>
    public long IdAt(int index) => _ids[index];

    /// <summary>The business's own reach r (<see cref="ReachModel.OwnReach"/>).</summary>
    public double OwnReach(int index) => _reach[index];

    private MatchIndex(Business[] businesses, MatchSettings settings, IndexColumns columns)
    {
        _businesses = businesses;
        Settings = settings;
        _positions = columns.Positions;
        _ids = columns.Ids;
        _archived = columns.Archived;
        _ages = columns.Ages;
        _interestWords = columns.InterestWords;
        _interests = columns.Interests;
        _interestCounts = columns.InterestCounts;
        _tagWeights = columns.TagWeights;
        _interestWeights = columns.InterestWeights;
        _relatedLevels = columns.RelatedLevels;
        _related = columns.Related;
        _relatedAny = columns.RelatedAny;
        _maxTagWeight = columns.TagWeights.Length == 0 ? 0 : columns.TagWeights.Max();
        _maxBoost = settings.Outcomes.IsEmpty ? new double[businesses.Length] : [.. businesses.Select(settings.Outcomes.MaxBoost)];
        _areaWords = columns.AreaWords;
        _areas = columns.Areas;
        _areaCounts = columns.AreaCounts;
        _offeringStart = columns.OfferingStart;
        _offerings = columns.Offerings;
        _months = columns.Months;
        _customerTypes = columns.CustomerTypes;
        _classes = columns.Classes;
        _subclasses = columns.Subclasses;
        _national = columns.National;
        _reach = columns.Reach;
        _reachRatios = [.. columns.Reach.Select(r => r / settings.Population)];
        _latitudes = columns.Latitudes;
        _longitudes = columns.Longitudes;
        _radii = columns.Radii;
        _xs = columns.Xs;
        _ys = columns.Ys;
        _zs = columns.Zs;
        _preferenceStart = columns.PreferenceStart;
        _preferenceOther = columns.PreferenceOther;
        _preferenceKind = columns.PreferenceKind;
        _homePlaces = columns.HomePlaces;
        _lists = CandidateLists.Create(columns);
        _bounds = ScoreBounds.Create(settings.Weights);
        var complements = ComplementColumns.Create(businesses, settings.Complements);
        _complementGroups = complements.Groups;
        _complementFractions = complements.Fractions;
        _complementStride = complements.Stride;
    }

    /// <summary>Builds the index. Ids must be unique; preferences naming unknown businesses are ignored.</summary>
    public static MatchIndex Build(IReadOnlyList<Business> businesses, IEnumerable<PairPreference> preferences, MatchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(businesses);
        ArgumentNullException.ThrowIfNull(preferences);
        ArgumentNullException.ThrowIfNull(settings);
        var array = businesses.ToArray();
        var columns = IndexColumns.Create(array, settings.Population, settings.Affinities);
        if (columns.Positions.Count != array.Length)
        {
            throw DomainException.Of("MatchDuplicateId");
        }

        columns.AddPreferences(preferences, PreferenceFine, PreferenceNever);
        return new MatchIndex(array, settings, columns);
    }
}
