using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Federation;

namespace CoMarketing.Storage.Tests.Contract;

/// <summary>What every provider guarantees about the association's federation sharing tier and coordinator contact.</summary>
public abstract class FederationSettingsContract : StoreContract
{
    /// <summary>True for a provider where several associations share one database (a federation is possible).</summary>
    protected abstract bool HoldsAFederation { get; }

    [Fact]
    public void A_New_Association_Should_Share_Nothing_And_Name_No_Coordinator()
    {
        var settings = Store.Association.Get();

        settings.FederationSharing.ShouldBe(FederationSharing.None);
        settings.Coordinator.ShouldBe(ContactInfo.None);
    }

    [Theory]
    [InlineData(FederationSharing.Counts)]
    [InlineData(FederationSharing.Profiles)]
    [InlineData(FederationSharing.Contacts)]
    public void The_Sharing_Tier_And_Coordinator_Should_Survive_Reopening_With_One_Audit_Entry(FederationSharing tier)
    {
        // Given
        var coordinator = new ContactInfo("Kaisa Koordinaattori", "kaisa@yrittajat.fi", "+358 40 765 4321");

        // When
        Store.Association.Update(Store.Association.Get() with { FederationSharing = tier, Coordinator = coordinator }, Actor.Coordinator);

        // Then
        var reopened = Reopen().Association.Get();
        (reopened.FederationSharing, reopened.Coordinator).ShouldBe((tier, coordinator));
        Store.Audit.Recent(1).Single().Action.ShouldBe("association.update");
    }

    [Fact]
    public void Other_Settings_Changes_Should_Keep_The_Sharing_Tier()
    {
        Store.Association.Update(Store.Association.Get() with { FederationSharing = FederationSharing.Profiles, Coordinator = new ContactInfo(null, "k@y.fi", null) }, Actor.Coordinator);

        Store.Association.Update(Store.Association.Get() with { PaymentTermDays = 30 }, Actor.Coordinator);

        Reopen().Association.Get().FederationSharing.ShouldBe(FederationSharing.Profiles);
    }

    [Fact]
    public void The_Federation_Should_Be_Available_Only_Where_Associations_Share_A_Database()
    {
        Store.Association.Update(Store.Association.Get() with { FederationSharing = FederationSharing.Contacts, Coordinator = new ContactInfo(null, "k@y.fi", null) }, Actor.Coordinator);

        Store.Federation.IsAvailable.ShouldBe(HoldsAFederation);
        var seen = Store.Federation.Read();
        seen.Available.ShouldBe(HoldsAFederation);
        if (!HoldsAFederation)
        {
            seen.ShouldBe(FederationSnapshot.Unavailable);
        }
    }
}
