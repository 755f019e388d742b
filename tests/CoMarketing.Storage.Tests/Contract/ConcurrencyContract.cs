using CoMarketing.Core.Audit;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Kiosk;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests.Contract;

/// <summary>
/// What every provider guarantees when two kiosks edit one association: a save based on a version someone else has
/// changed since is refused and saves nothing; saving what was read again (a reload) goes through. A campaign carries
/// the version it was read at, so reading it again elsewhere in the same kiosk never hides another kiosk's save.
/// </summary>
public abstract class ConcurrencyContract : StoreContract
{
    [Fact]
    public void Saving_A_Business_Someone_Else_Changed_Since_You_Opened_It_Should_Be_Refused_And_Save_Nothing()
    {
        // Given: two kiosks have the business open
        var saved = Store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var other = Reopen();
        other.Businesses.Get(saved.Id).ShouldBe(saved);

        // When: the first saves, then the second saves what it opened
        Store.Businesses.Update(Samples.Cafe("Kahvila Eka").WithId(saved.Id), Actor.Coordinator);
        var refused = Should.Throw<ChangedElsewhereException>(() => other.Businesses.Update(Samples.Cafe("Kahvila Toka").WithId(saved.Id), Actor.Member(saved.Id)));

        // Then
        refused.Message.ShouldStartWith("Business 'Kahvila Eka' (id 1) was changed by someone else since you opened it");
        (refused.Id, refused.BasedOn, refused.Current).ShouldBe((saved.Id, 1, 2));
        Reopen().Businesses.Get(saved.Id)!.Name.ShouldBe("Kahvila Eka");
        Reopen().Audit.Count().ShouldBe(2);
    }

    [Fact]
    public void Imported_Businesses_Should_Start_At_Version_1_Here_And_In_Another_Kiosk()
    {
        // Given: an import, and another kiosk that opens the imported member
        var imported = Store.Businesses.AddRange([Samples.Plain("Tuotu 1"), Samples.Plain("Tuotu 2")], Actor.CommandLine);
        var other = Reopen();
        other.Businesses.Get(imported[1].Id).ShouldNotBeNull();

        // When both save once, the importing one first
        Store.Businesses.Update(Samples.Plain("Tuotu Eka").WithId(imported[0].Id), Actor.Coordinator);
        other.Businesses.Update(Samples.Plain("Tuotu Toka").WithId(imported[1].Id), Actor.Coordinator);

        // Then neither save is taken for someone else's change, and a stale one still is
        Reopen().Businesses.Get(imported[0].Id)!.Name.ShouldBe("Tuotu Eka");
        Reopen().Businesses.Get(imported[1].Id)!.Name.ShouldBe("Tuotu Toka");
        Should.Throw<ChangedElsewhereException>(() => Store.Businesses.Update(Samples.Plain("Tuotu Vanha").WithId(imported[1].Id), Actor.Coordinator))
            .BasedOn.ShouldBe(1);
    }

    [Fact]
    public void Reloading_A_Changed_Business_Should_Let_The_Next_Save_Through()
    {
        var saved = Store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var other = Reopen();
        other.Businesses.GetAll().ShouldBe([saved]);
        Store.Businesses.Update(Samples.Cafe("Kahvila Eka").WithId(saved.Id), Actor.Coordinator);
        Should.Throw<ChangedElsewhereException>(() => other.Businesses.Update(Samples.Cafe("Kahvila Toka").WithId(saved.Id), Actor.Coordinator));

        other.Businesses.Get(saved.Id)!.Name.ShouldBe("Kahvila Eka");
        other.Businesses.Update(Samples.Cafe("Kahvila Toka").WithId(saved.Id), Actor.Coordinator);

        Reopen().Businesses.Get(saved.Id)!.Name.ShouldBe("Kahvila Toka");
        Should.Throw<ChangedElsewhereException>(() => Store.Businesses.Update(Samples.Cafe("Kahvila Kolmas").WithId(saved.Id), Actor.Coordinator));
    }

    [Fact]
    public void Archiving_Elsewhere_Should_Refuse_A_Save_Of_The_Old_Version()
    {
        var saved = Store.Businesses.Add(Samples.Plain("Vanha"), Actor.Coordinator);
        var other = Reopen();
        other.Businesses.Get(saved.Id);
        Store.Businesses.Archive(saved.Id, Actor.Coordinator);
        Should.Throw<ChangedElsewhereException>(() => other.Businesses.Update(Samples.Plain("Uusi").WithId(saved.Id), Actor.Coordinator));
        Reopen().Businesses.Get(saved.Id)!.Archived.ShouldBeTrue();
    }

    [Fact]
    public void A_Sign_In_Or_A_New_Pin_Should_Not_Count_As_A_Change_Of_The_Business()
    {
        var saved = Store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var other = Reopen();
        other.Businesses.Get(saved.Id);
        Store.Kiosk.SetPin(Actor.Member(saved.Id), new PinHasher(PinHasher.MinimumIterations).Hash(Pin.Parse("4826")), Actor.Coordinator);
        Store.Kiosk.RecordSuccess(Actor.Member(saved.Id));
        other.Businesses.Update(Samples.Cafe("Kahvila Uusi").WithId(saved.Id), Actor.Member(saved.Id));
        Reopen().Businesses.Get(saved.Id)!.Name.ShouldBe("Kahvila Uusi");
    }

    [Fact]
    public void Saving_A_Campaign_Someone_Else_Changed_Since_You_Opened_It_Should_Be_Refused_And_Save_Nothing()
    {
        var a = Store.Businesses.Add(Samples.Cafe(), Actor.Coordinator).Id;
        var b = Store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator).Id;
        var campaign = Store.Campaigns.Add(Samples.Campaign(a, b), Actor.Coordinator);
        var other = Reopen();
        var opened = other.Campaigns.Get(campaign.Id)!;

        Store.Campaigns.Update(campaign.WithStatus(CampaignStatus.Finished), Actor.Coordinator);
        var refused = Should.Throw<ChangedElsewhereException>(() => other.Campaigns.Update(opened.WithStatus(CampaignStatus.Cancelled), Actor.Coordinator));

        refused.Message.ShouldContain("Campaign 'Joulu yhdessä' (id 1) was changed by someone else since you opened it");
        Reopen().Campaigns.Get(campaign.Id)!.Status.ShouldBe(CampaignStatus.Finished);
        var reloaded = other.Campaigns.GetAll().Single(c => c.Id == campaign.Id);
        other.Campaigns.Update(reloaded.WithStatus(CampaignStatus.Cancelled), Actor.Coordinator);
        Reopen().Campaigns.Get(campaign.Id)!.Status.ShouldBe(CampaignStatus.Cancelled);
    }

    [Fact]
    public void A_Campaign_Read_Before_Someone_Else_Saved_Should_Stay_Refused_However_Often_The_Kiosk_Reads_It_Again()
    {
        // Given: kiosk "other" opened the campaign, then the first kiosk saved it, then "other" read every campaign again
        var a = Store.Businesses.Add(Samples.Cafe(), Actor.Coordinator).Id;
        var b = Store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator).Id;
        var campaign = Store.Campaigns.Add(Samples.Campaign(a, b), Actor.Coordinator);
        var other = Reopen();
        var opened = other.Campaigns.Get(campaign.Id)!;
        Store.Campaigns.Update(campaign.WithStatus(CampaignStatus.Finished), Actor.Coordinator);
        other.Campaigns.GetAll();
        other.Campaigns.Get(campaign.Id);

        // When: "other" saves what it opened first (a page that was open all along)
        var refused = Should.Throw<ChangedElsewhereException>(() => other.Campaigns.Update(opened.WithStatus(CampaignStatus.Cancelled), Actor.Coordinator));

        // Then: the version travels with the campaign read, so the re-reads did not hide the first kiosk's save
        opened.Version.ShouldBe(1);
        refused.Message.ShouldContain("you opened version 1, it is now version 2");
        Reopen().Campaigns.Get(campaign.Id)!.Status.ShouldBe(CampaignStatus.Finished);
    }
}
