using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Geography;

namespace CoMarketing.Core.Matching;

/// <summary>The flat arrays of a <see cref="MatchIndex"/> while it is being built.</summary>
internal sealed class IndexColumns
{
    public const int AgeStride = 8;

    public Dictionary<long, int> Positions = [];
    public long[] Ids = [];
    public bool[] Archived = [];
    /// <summary>Each business's seven age-band weights, padded with a zero to <see cref="AgeStride"/> for vectors.</summary>
    public double[] Ages = [];
    public int InterestWords;
    public ulong[] Interests = [];
    public int[] InterestCounts = [];
    /// <summary>Each tag's weight by its bit (<see cref="InterestSpecificity"/>).</summary>
    public int[] TagWeights = [];
    /// <summary>Each business's sum of its tags' weights.</summary>
    public long[] InterestWeights = [];
    /// <summary>The affinity table's percents, highest first.</summary>
    public int[] RelatedLevels = [];
    /// <summary>Per business and level, the tags related at that percent to one of its tags (see <see cref="InterestAffinities"/>).</summary>
    public ulong[] Related = [];
    /// <summary>Per business, the tags related at any level to one of its tags (the union of its <see cref="Related"/> rows).</summary>
    public ulong[] RelatedAny = [];
    public int AreaWords;
    public ulong[] Areas = [];
    public int[] AreaCounts = [];
    public int PlaceCount;
    public int[] HomePlaces = [];
    public int[] OfferingStart = [];
    public int[] Offerings = [];
    public int[] Months = [];
    public byte[] CustomerTypes = [];
    public int[] Classes = [];
    public int[] Subclasses = [];
    public bool[] National = [];
    public double[] Reach = [];
    public double[] Latitudes = [];
    public double[] Longitudes = [];
    public double[] Radii = [];
    public double[] Xs = [];
    public double[] Ys = [];
    public double[] Zs = [];
    public int[] PreferenceStart = [];
    public int[] PreferenceOther = [];
    public byte[] PreferenceKind = [];

    public static IndexColumns Create(Business[] businesses, int population, InterestAffinities affinities)
    {
        var n = businesses.Length;
        var tags = new Dictionary<InterestTag, int>();
        var places = new Dictionary<MunicipalityCode, int>();
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var b in businesses)
        {
            foreach (var t in b.Audience.Interests)
            {
                tags.TryAdd(t, tags.Count);
            }

            places.TryAdd(b.Municipality, places.Count);
            foreach (var m in b.Audience.Municipalities)
            {
                places.TryAdd(m, places.Count);
            }
        }

        var c = new IndexColumns
        {
            Ids = new long[n], Archived = new bool[n], Ages = new double[n * AgeStride],
            InterestWords = Math.Max(1, (tags.Count + 63) / 64), AreaWords = Math.Max(1, (places.Count + 63) / 64),
            InterestCounts = new int[n], AreaCounts = new int[n], OfferingStart = new int[n + 1], Months = new int[n],
            CustomerTypes = new byte[n], Classes = new int[n], Subclasses = new int[n], National = new bool[n],
            Reach = new double[n], Latitudes = new double[n], Longitudes = new double[n], Radii = new double[n],
            Xs = new double[n], Ys = new double[n], Zs = new double[n],
        };
        c.PlaceCount = places.Count;
        c.HomePlaces = new int[n];
        c.Interests = new ulong[n * c.InterestWords];
        c.Areas = new ulong[n * c.AreaWords];
        var offerings = new List<int>();
        for (var i = 0; i < n; i++)
        {
            var b = businesses[i];
            c.Positions.TryAdd(b.Id, i);
            c.Ids[i] = b.Id;
            c.Archived[i] = b.Archived;
            for (var k = 0; k < AgeBands.Count; k++)
            {
                c.Ages[(i * AgeStride) + k] = b.Audience.Ages.Weights[k];
            }

            foreach (var t in b.Audience.Interests)
            {
                Set(c.Interests, i, c.InterestWords, tags[t]);
            }

            c.InterestCounts[i] = b.Audience.Interests.Count;
            c.HomePlaces[i] = places[b.Municipality];
            Set(c.Areas, i, c.AreaWords, c.HomePlaces[i]);
            foreach (var m in b.Audience.Municipalities)
            {
                Set(c.Areas, i, c.AreaWords, places[m]);
            }

            c.AreaCounts[i] = Count(c.Areas, i, c.AreaWords);
            c.OfferingStart[i] = offerings.Count;
            var own = new List<int>(b.Offerings.Count);
            foreach (var o in b.Offerings)
            {
                if (!words.TryGetValue(o, out var w))
                {
                    w = words.Count;
                    words.Add(o, w);
                }

                own.Add(w);
            }

            own.Sort();
            offerings.AddRange(own);
            c.Months[i] = b.Audience.Months.Mask;
            c.CustomerTypes[i] = (byte)b.CustomerType;
            c.Classes[i] = b.Industry.IsUnknown ? -1 : int.Parse(b.Industry.Class, System.Globalization.CultureInfo.InvariantCulture);
            c.Subclasses[i] = b.Industry.Subclass is { } sub ? int.Parse(sub, System.Globalization.CultureInfo.InvariantCulture) : -1;
            c.National[i] = b.Audience.National;
            c.Reach[i] = ReachModel.OwnReach(b, population);
            c.Latitudes[i] = b.Catchment?.Centre.Latitude ?? double.NaN;
            c.Longitudes[i] = b.Catchment?.Centre.Longitude ?? double.NaN;
            c.Radii[i] = b.Catchment?.RadiusKm ?? 0;
            if (b.Catchment is { } catchment)
            {
                // The centre as a point on the unit sphere: the chord between two centres bounds their distance cheaply.
                var (lat, lon) = (catchment.Centre.Latitude * Math.PI / 180, catchment.Centre.Longitude * Math.PI / 180);
                (c.Xs[i], c.Ys[i], c.Zs[i]) = (Math.Cos(lat) * Math.Cos(lon), Math.Cos(lat) * Math.Sin(lon), Math.Sin(lat));
            }
        }

        c.OfferingStart[n] = offerings.Count;
        c.Offerings = [.. offerings];
        c.AddRelated(businesses, tags, affinities);
        c.AddWeights(businesses, tags);
        return c;
    }

    /// <summary>The weight of each tag by its bit, and each business's sum of them.</summary>
    private void AddWeights(Business[] businesses, Dictionary<InterestTag, int> tags)
    {
        var specificity = InterestSpecificity.Of(businesses);
        TagWeights = new int[tags.Count];
        foreach (var (tag, bit) in tags)
        {
            TagWeights[bit] = specificity[tag];
        }

        InterestWeights = [.. businesses.Select(b => b.Audience.Interests.Sum(t => (long)specificity[t]))];
    }

    /// <summary>
    /// For each business and affinity level, the bitset of tags related at that percent to one of its tags; a tag
    /// related at several levels is in each of them (the scan takes the highest).
    /// </summary>
    private void AddRelated(Business[] businesses, Dictionary<InterestTag, int> tags, InterestAffinities affinities)
    {
        var levels = affinities.Levels.ToArray();
        RelatedLevels = levels;
        if (levels.Length == 0)
        {
            return;
        }

        var words = InterestWords;
        var perTag = new Dictionary<InterestTag, ulong[]>();
        foreach (var (tag, _) in tags)
        {
            var masks = new ulong[levels.Length * words];
            var any = false;
            foreach (var (related, percent) in affinities.RelatedTo(tag))
            {
                if (tags.TryGetValue(related, out var bit))
                {
                    masks[(Array.IndexOf(levels, percent) * words) + (bit >> 6)] |= 1UL << (bit & 63);
                    any = true;
                }
            }

            if (any)
            {
                perTag[tag] = masks;
            }
        }

        var stride = levels.Length * words;
        Related = new ulong[businesses.Length * stride];
        RelatedAny = new ulong[businesses.Length * words];
        for (var i = 0; i < businesses.Length; i++)
        {
            foreach (var t in businesses[i].Audience.Interests)
            {
                if (perTag.TryGetValue(t, out var masks))
                {
                    for (var k = 0; k < stride; k++)
                    {
                        Related[(i * stride) + k] |= masks[k];
                        RelatedAny[(i * words) + (k % words)] |= masks[k];
                    }
                }
            }
        }
    }

    /// <summary>Stores each pair's words as bit flags at both ends, sorted by the other's position.</summary>
    public void AddPreferences(IEnumerable<PairPreference> preferences, byte fine, byte never)
    {
        var pairs = new Dictionary<(int Low, int High), byte>();
        foreach (var p in preferences)
        {
            if (!Positions.TryGetValue(p.From, out var a) || !Positions.TryGetValue(p.To, out var b) || a == b)
            {
                continue;
            }

            var key = (Math.Min(a, b), Math.Max(a, b));
            var kind = p.Kind == PairPreferenceKind.NeverPair ? never : fine;
            pairs[key] = (byte)(pairs.GetValueOrDefault(key) | kind);
        }

        var perBusiness = new List<(int Other, byte Kind)>[Ids.Length];
        foreach (var ((low, high), kind) in pairs)
        {
            (perBusiness[low] ??= []).Add((high, kind));
            (perBusiness[high] ??= []).Add((low, kind));
        }

        PreferenceStart = new int[Ids.Length + 1];
        var others = new List<int>();
        var kinds = new List<byte>();
        for (var i = 0; i < Ids.Length; i++)
        {
            PreferenceStart[i] = others.Count;
            if (perBusiness[i] is { } list)
            {
                list.Sort((x, y) => x.Other.CompareTo(y.Other));
                others.AddRange(list.Select(x => x.Other));
                kinds.AddRange(list.Select(x => x.Kind));
            }
        }

        PreferenceStart[Ids.Length] = others.Count;
        PreferenceOther = [.. others];
        PreferenceKind = [.. kinds];
    }

    private static void Set(ulong[] bits, int row, int words, int bit)
        => bits[(row * words) + (bit >> 6)] |= 1UL << (bit & 63);

    private static int Count(ulong[] bits, int row, int words)
    {
        var total = 0;
        for (var w = 0; w < words; w++)
        {
            total += System.Numerics.BitOperations.PopCount(bits[(row * words) + w]);
        }

        return total;
    }
}
