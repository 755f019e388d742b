using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Federation;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Matches;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Matches;

public sealed class FederationMatchesModelTests
{
    private static readonly FederationAssociation Kemijarvi = new("kemijarvi", "Kemijärven Yrittäjät", FederationSharing.Contacts, new ContactInfo("Bea Koordinaattori", "bea@kemijarvi.fi", null));
    private static readonly FederationAssociation Sodankyla = new("sodankyla", "Sodankylän Yrittäjät", FederationSharing.Counts, new ContactInfo(null, "info@sodankyla.fi", null));

    [Fact]
    public void Without_A_Federation_The_Page_Should_Say_There_Is_None_To_Search()
    {
        var model = Open(Session.Coordinator, federation: null);

        model.Suggestions.Available.ShouldBeFalse();
        string.Join(" ", model.Lines(80)).ShouldStartWith("This database holds one association, so there is no federation to search.");
    }

    [Fact]
    public void Each_Partner_Should_Name_Its_Association_And_Coordinator_And_The_Counts_Only_Ones_Follow()
    {
        var model = Open(Session.Coordinator, Federation());

        var lines = model.Lines(200);

        model.Suggestions.Partners.ShouldNotBeEmpty();
        model.Suggestions.Partners.ShouldAllBe(p => p.Shared!.Association.Key == "kemijarvi");
        lines.ShouldContain(l => l.Contains("Lohiopas Väänänen · Kemijärven Yrittäjät", StringComparison.Ordinal));
        lines.ShouldContain("     ask its coordinator: Bea Koordinaattori, bea@kemijarvi.fi");
        lines.ShouldContain("     contact: Pekka Väänänen, pekka@lohiopas.fi");
        lines.ShouldContain("Associations that share counts only:");
        lines.ShouldContain("  Sodankylän Yrittäjät: 3 members of other industries where you serve; ask the coordinator: info@sodankyla.fi");
    }

    [Fact]
    public void Shared_Contact_Details_Should_Be_Shown_To_The_Coordinator_Only()
    {
        var coordinator = Open(Session.Coordinator, Federation()).Lines(200);
        var guest = Open(Session.Guest, Federation()).Lines(200);

        coordinator.ShouldContain(l => l.Contains("pekka@lohiopas.fi", StringComparison.Ordinal));
        guest.ShouldNotContain(l => l.Contains("pekka@lohiopas.fi", StringComparison.Ordinal));
        guest.ShouldContain("     ask its coordinator: Bea Koordinaattori, bea@kemijarvi.fi");
    }

    private static FederationMatchesModel Open(Session session, FederationSnapshot? federation)
    {
        var backend = InMemoryPlannerBackend.Demo();
        backend.Federation = federation ?? FederationSnapshot.Unavailable;
        var service = new PlannerService(backend, session, TuiTexts.English);
        return new FederationMatchesModel(service, backend.Named("Arktiset Yrtit"));
    }

    /// <summary>Kemijärvi shares a copy of the demo's fishing guide with its contact; Sodankylä shares three counts.</summary>
    private static FederationSnapshot Federation()
    {
        var guide = InMemoryPlannerBackend.Demo().Named("Lohiopas Väänänen");
        var shared = new Business(7, guide.Name, null, guide.Industry, guide.Offerings, guide.Municipality, guide.Catchment, guide.CustomerType,
            new ContactInfo("Pekka Väänänen", "pekka@lohiopas.fi", null), null, false, guide.Audience, guide.Channels);
        return new FederationSnapshot(
            true,
            [Kemijarvi, Sodankyla],
            [new SharedProfile(Kemijarvi, shared)],
            [new SharedCount(Sodankyla, Core.Industries.IndustryCode.Parse("47761"), guide.Municipality, false, 3)]);
    }
}
