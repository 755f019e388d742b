using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests.Contract;

/// <summary>What every provider guarantees about businesses: round trips, unique names and business IDs, atomic imports.</summary>
public abstract class BusinessContract : StoreContract
{
    [Fact]
    public void A_Business_Should_Come_Back_As_Saved_With_A_New_Id()
    {
        var saved = Store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        saved.Id.ShouldBeGreaterThan(0);
        Reopen().Businesses.Get(saved.Id).ShouldBe(saved);
        Reopen().Businesses.GetAll().ShouldBe([saved]);
    }

    [Theory]
    [InlineData("Kahvila Äänekäs")]
    [InlineData("KAHVILA ÄÄNEKÄS")]
    [InlineData("  kahvila äänekäs ")]
    public void A_Second_Business_With_The_Same_Name_Ignoring_Case_Should_Be_Refused(string name)
    {
        Store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        Should.Throw<DomainException>(() => Store.Businesses.Add(Samples.Plain(name), Actor.Coordinator))
            .Message.ShouldContain("A business named 'Kahvila Äänekäs' already exists");
        Store.Businesses.Count().ShouldBe(1);
        Store.Audit.Count().ShouldBe(1);
    }

    [Fact]
    public void Renaming_A_Business_To_Another_Ones_Name_Should_Be_Refused_But_Keeping_Its_Own_Is_Fine()
    {
        var cafe = Store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var shop = Store.Businesses.Add(Samples.Plain("Kauppa"), Actor.Coordinator);
        Should.Throw<DomainException>(() => Store.Businesses.Update(Samples.Plain("kauppa").WithId(cafe.Id), Actor.Coordinator));
        Store.Businesses.Update(Samples.Plain("KAUPPA").WithId(shop.Id), Actor.Coordinator);
        Store.Businesses.Get(shop.Id)!.Name.ShouldBe("KAUPPA");
        Store.Businesses.Get(cafe.Id).ShouldBe(cafe);
    }

    [Fact]
    public void A_Business_Id_Should_Belong_To_One_Business_Only()
    {
        Store.Businesses.Add(Samples.Cafe("Eka"), Actor.Coordinator);
        Should.Throw<DomainException>(() => Store.Businesses.Add(Samples.Cafe("Toka"), Actor.Coordinator))
            .Message.ShouldBe("Business ID 2077474-0 is already registered to 'Eka'.");
    }

    [Fact]
    public void An_Import_With_A_Clash_In_Its_Last_Row_Should_Save_Nothing()
    {
        var rows = Enumerable.Range(0, 20).Select(i => Samples.Plain($"Yritys {i}")).Append(Samples.Plain("yritys 3")).ToList();
        Should.Throw<DomainException>(() => Store.Businesses.AddRange(rows, Actor.CommandLine));
        Store.Businesses.Count(includeArchived: true).ShouldBe(0);
        Store.Audit.Count().ShouldBe(0);
    }

    [Fact]
    public void An_Import_Should_Check_Names_And_Business_Ids_Against_The_Members_Already_Saved()
    {
        // Given
        var cafe = Store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var plain = Store.Businesses.Add(Samples.Plain("Kukkakauppa"), Actor.Coordinator);

        // Then: an existing name in any case, an existing business ID, and both rows of a clash inside the file
        Should.Throw<DomainException>(() => Store.Businesses.AddRange([Samples.Plain("Uusi 1"), Samples.Plain("KUKKAKAUPPA")], Actor.CommandLine))
            .Message.ShouldBe($"A business named 'Kukkakauppa' already exists (id {plain.Id}); names must differ ignoring case.");
        Should.Throw<DomainException>(() => Store.Businesses.AddRange([Samples.Cafe("Toinen kahvila")], Actor.CommandLine))
            .Message.ShouldBe("Business ID 2077474-0 is already registered to 'Kahvila Äänekäs'.");
        Should.Throw<DomainException>(() => Store.Businesses.AddRange([Samples.Cafe("Eka", "1572860-0"), Samples.Cafe("Toka", "1572860-0")], Actor.CommandLine))
            .Message.ShouldBe("Business ID 1572860-0 is already registered to 'Eka'.");
        Store.Businesses.Count(includeArchived: true).ShouldBe(2);

        // When a clean import follows, its ids continue after the saved ones
        var saved = Store.Businesses.AddRange([Samples.Plain("Uusi 1"), Samples.Plain("Uusi 2")], Actor.CommandLine);

        // Then
        saved.Select(b => b.Id).ShouldBe([cafe.Id + 2, cafe.Id + 3]);
        Store.Businesses.Get(saved[1].Id).ShouldNotBeNull().Name.ShouldBe("Uusi 2");
    }

    [Fact]
    public void Updating_Or_Archiving_A_Missing_Business_Should_Be_Refused_In_Words()
    {
        Should.Throw<DomainException>(() => Store.Businesses.Update(Samples.Plain("X").WithId(42), Actor.Coordinator)).Message.ShouldBe("There is no business with id 42 to update.");
        Should.Throw<DomainException>(() => Store.Businesses.Archive(42, Actor.Coordinator)).Message.ShouldBe("There is no business with id 42 to archive.");
        Store.Audit.Count().ShouldBe(0);
    }

    [Fact]
    public void Archived_Businesses_Should_Be_Left_Out_Unless_Asked()
    {
        var kept = Store.Businesses.Add(Samples.Plain("Kept"), Actor.Coordinator);
        var gone = Store.Businesses.Add(Samples.Plain("Gone"), Actor.Coordinator);
        Store.Businesses.Archive(gone.Id, Actor.Coordinator);
        Store.Businesses.GetAll().ShouldBe([kept]);
        Store.Businesses.Count().ShouldBe(1);
        Store.Businesses.Count(includeArchived: true).ShouldBe(2);
        Store.Businesses.Any().ShouldBeTrue();
        Store.Businesses.Archive(kept.Id, Actor.Coordinator);
        Store.Businesses.Any().ShouldBeFalse();
        Store.Businesses.Any(includeArchived: true).ShouldBeTrue();
        Store.Businesses.FindByName("gone").ShouldBeEmpty();
        Store.Businesses.FindByName("gone", includeArchived: true).Single().Id.ShouldBe(gone.Id);
    }

    [Fact]
    public void Find_By_Name_Should_Prefer_The_Exact_Name_Then_Fall_Back_To_Containing()
    {
        Store.Businesses.Add(Samples.Plain("Kahvila"), Actor.Coordinator);
        Store.Businesses.Add(Samples.Plain("Kahvila Aalto"), Actor.Coordinator);
        Store.Businesses.FindByName("KAHVILA").Select(b => b.Name).ShouldBe(["Kahvila"]);
        Store.Businesses.FindByName("ahvi").Select(b => b.Name).ShouldBe(["Kahvila", "Kahvila Aalto"]);
        Store.Businesses.FindByName(" ").ShouldBeEmpty();
    }

    [Fact]
    public void Find_By_Name_Should_Read_The_Name_As_Typed_In_Any_Unicode_Form()
    {
        Store.Businesses.Add(Samples.Plain("Kahvila Mänty"), Actor.Coordinator);
        Store.Businesses.Add(Samples.Plain("Kahvila Mäntykangas"), Actor.Coordinator);

        // "a" + combining diaeresis, a zero-width space and a no-break space: the same name as stored.
        Store.Businesses.FindByName("Kahvila\u00A0Ma\u0308n\u200Bty").Select(b => b.Name).ShouldBe(["Kahvila Mänty"]);
        Store.Businesses.FindByName("  ma\u0308nty\u200B").Select(b => b.Name).ShouldBe(["Kahvila Mänty", "Kahvila Mäntykangas"]);
    }

    [Fact]
    public void The_Summary_Should_Count_Members_And_Campaigns()
    {
        var a = Store.Businesses.Add(Samples.Plain("A"), Actor.Coordinator);
        var b = Store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator);
        Store.Businesses.Add(Samples.Plain("C"), Actor.Coordinator);
        Store.Businesses.Archive(b.Id, Actor.Coordinator);
        Store.Campaigns.Add(Samples.Campaign(a.Id, b.Id), Actor.Coordinator);
        var summary = Reopen().Summary();
        summary.ShouldBe(new AssociationSummary(Store.Association.Get(), 2, 1));
    }
}
