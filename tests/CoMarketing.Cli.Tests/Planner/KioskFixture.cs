using CoMarketing.Core.Audiences;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using CoMarketing.Storage;

namespace CoMarketing.Cli.Tests.Planner;

/// <summary>A real store in a temp folder, a clock that moves only when told, and one member business.</summary>
internal sealed class KioskFixture : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "comarketing-cli-tests", Guid.NewGuid().ToString("N"));

    public KioskFixture()
    {
        Store = Store.Open(Path.Combine(_folder, "kiosk.db"), Clock);
        Cafe = Store.Businesses.Add(
            new Business(0, "Kahvila Äänekäs", null, IndustryCode.Parse("56101"), [], MunicipalityCode.Parse("698"), null, CustomerType.Consumers, ContactInfo.None, null, false, Audience.Empty, []),
            Actor.Coordinator).Id;
    }

    public ManualClock Clock { get; } = new();

    public Store Store { get; }

    public long Cafe { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is harmless.
        }
    }
}
