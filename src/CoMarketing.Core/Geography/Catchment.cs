using CoMarketing.Core.Common;

namespace CoMarketing.Core.Geography;

/// <summary>Where a business's customers come from: a centre point and a radius in kilometres.</summary>
public sealed record Catchment
{
    public Catchment(GeoPoint centre, double radiusKm)
    {
        if (double.IsNaN(radiusKm) || radiusKm <= 0 || radiusKm > 1500)
        {
            throw DomainException.Of("CatchmentRadius", radiusKm);
        }

        Centre = centre;
        RadiusKm = radiusKm;
    }

    public GeoPoint Centre { get; }

    public double RadiusKm { get; }

    /// <summary>True when the two circles overlap (touching counts).</summary>
    public bool Overlaps(Catchment other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Centre.DistanceKmTo(other.Centre) <= RadiusKm + other.RadiusKm;
    }
}
