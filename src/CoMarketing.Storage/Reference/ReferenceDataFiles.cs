using System.Text;
using CoMarketing.Core.Common;
using CoMarketing.Core.Reference;

namespace CoMarketing.Storage.Reference;

/// <summary>
/// Reads the reference files (<c>industries.csv</c>, <c>municipalities.csv</c>, <c>interests.csv</c>,
/// <c>channel-kinds.csv</c>, <c>interest-affinities.csv</c>, <c>industry-complements.csv</c>) from the <c>data/</c> folder that the build copies next to the executable.
/// </summary>
public static class ReferenceDataFiles
{
    public const string IndustriesFile = "industries.csv";
    public const string MunicipalitiesFile = "municipalities.csv";
    public const string InterestsFile = "interests.csv";
    public const string ChannelKindsFile = "channel-kinds.csv";
    public const string InterestAffinitiesFile = "interest-affinities.csv";
    public const string IndustryComplementsFile = "industry-complements.csv";

    /// <summary>The <c>data/</c> folder next to the running executable.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Loads and parses the reference data from <paramref name="folder"/> (default: <see cref="DefaultFolder"/>).</summary>
    /// <exception cref="DomainException">A file is missing or has a bad line (the message names the file and line).</exception>
    public static ReferenceData Load(string? folder = null)
    {
        var dir = folder ?? DefaultFolder;
        return new ReferenceData(
            ReferenceDataParser.ParseIndustries(Read(dir, IndustriesFile), IndustriesFile),
            ReferenceDataParser.ParseMunicipalities(Read(dir, MunicipalitiesFile), MunicipalitiesFile),
            ReferenceDataParser.ParseInterests(Read(dir, InterestsFile), InterestsFile),
            ReferenceDataParser.ParseChannelProfiles(Read(dir, ChannelKindsFile), ChannelKindsFile),
            ReferenceDataParser.ParseInterestAffinities(Read(dir, InterestAffinitiesFile), InterestAffinitiesFile),
            ReferenceDataParser.ParseIndustryComplements(Read(dir, IndustryComplementsFile), IndustryComplementsFile));
    }

    private static string Read(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new DomainException($"Reference file {path} is missing; reinstall CoMarketing or copy the data/ folder next to it.");
        }

        return File.ReadAllText(path, Encoding.UTF8);
    }
}
