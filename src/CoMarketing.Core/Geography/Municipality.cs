using CoMarketing.Core.Common;

namespace CoMarketing.Core.Geography;

/// <summary>A municipality from the reference list: official code, Finnish and Swedish names, region, population.</summary>
public sealed record Municipality
{
    public Municipality(MunicipalityCode code, string name, string? nameSv, string region, int population, GeoPoint? centre = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw DomainException.Of("MunicipalityNeedsName", code);
        }

        if (population < 0)
        {
            throw DomainException.Of("MunicipalityPopulation", name, population);
        }

        Code = code;
        Name = name.Trim();
        NameSv = string.IsNullOrWhiteSpace(nameSv) ? null : nameSv.Trim();
        Region = region?.Trim() ?? string.Empty;
        Population = population;
        Centre = centre;
    }

    public MunicipalityCode Code { get; }

    public string Name { get; }

    public string? NameSv { get; }

    public string Region { get; }

    public int Population { get; }

    public GeoPoint? Centre { get; }
}
