using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Federation;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using CoMarketing.Core.Matching;
using CoMarketing.Core.Tests.Matching;

namespace CoMarketing.Core.Tests.Federation;

public sealed class FederatedMatcherTests
{
    private static readonly MatchTextOptions English = new(Language.English);
    private static readonly FederationAssociation Kemi = new("kemi", "Kemin Yrittäjät", FederationSharing.Profiles, new ContactInfo(null, "k@kemi.fi", null));
    private static readonly FederationAssociation Salla = new("salla", "Sallan Yrittäjät", FederationSharing.Counts, new ContactInfo(null, null, "040 123 4567"));

    [Fact]
    public void A_Shared_Member_Should_Be_Ranked_With_The_Own_Ones_And_Keep_Its_Own_Id_And_Association()
    {
        // Given: own ids 1 and 2; Kemi's member also has id 1 in its own association
        var own = new[] { TestBusinesses.Make(1, industry: "5610"), TestBusinesses.Make(2, industry: "4711") };
        var shared = new SharedProfile(Kemi, TestBusinesses.Make(1, industry: "9329", name: "Kemin Safarit"));
        var matcher = new FederatedMatcher(own, [], new MatchSettings(60000, false), Snapshot([shared], []));

        // When
        var found = matcher.FindPartners(1, 10, English);

        // Then
        found.ShouldContain(m => m.Shared == null && m.Match.Partner.Id == 2);
        var hit = found.Single(m => m.IsFederation);
        (hit.Match.Partner.Id, hit.Match.Partner.Name, hit.Shared!.Association.Key).ShouldBe((1L, "Kemin Safarit", "kemi"));
    }

    [Theory]
    [InlineData("5610", "698", false, false)] // same industry: a competitor across the boundary too
    [InlineData("9329", "240", false, false)] // no shared area and nobody sells nationally
    [InlineData("9329", "240", true, true)]   // no shared area, but the partner sells nationally
    [InlineData("9329", "698", false, true)]  // another industry in the same municipality
    public void The_Hard_Filters_Should_Hold_Across_Associations(string industry, string municipality, bool national, bool found)
    {
        var own = new[] { TestBusinesses.Make(1, industry: "5610", offerings: "kahvi") };
        var shared = new SharedProfile(Kemi, TestBusinesses.Make(5, industry: industry, municipality: municipality, national: national, offerings: "safarit"));
        var matcher = new FederatedMatcher(own, [], new MatchSettings(60000, false), Snapshot([shared], []));

        matcher.FindPartners(1, 10, English).Any(m => m.IsFederation).ShouldBe(found);
    }

    [Fact]
    public void A_Shared_Member_Cannot_Be_The_Business_Matched_For()
    {
        var own = new[] { TestBusinesses.Make(1) };
        var matcher = new FederatedMatcher(own, [], new MatchSettings(60000, false), Snapshot([new SharedProfile(Kemi, TestBusinesses.Make(1, industry: "9329"))], []));

        Should.Throw<DomainException>(() => matcher.FindPartners(2, 10, English)).Message.ShouldBe("No business with id 2 in this association.");
    }

    [Fact]
    public void Counts_Should_Hint_Only_Other_Industries_Where_The_Business_Serves_Or_National_Ones()
    {
        var business = TestBusinesses.Make(1, industry: "5610", municipality: "698", served: "320");
        var counts = new[]
        {
            new SharedCount(Salla, IndustryCode.Parse("9329"), MunicipalityCode.Parse("698"), false, 2),
            new SharedCount(Salla, IndustryCode.Parse("4711"), MunicipalityCode.Parse("320"), false, 3),
            new SharedCount(Salla, IndustryCode.Parse("5610"), MunicipalityCode.Parse("698"), false, 7), // same industry
            new SharedCount(Salla, IndustryCode.Parse("4791"), MunicipalityCode.Parse("091"), true, 1),  // sells nationally
            new SharedCount(Salla, IndustryCode.Parse("4711"), MunicipalityCode.Parse("091"), false, 9), // elsewhere
        };
        var matcher = new FederatedMatcher([business], [], new MatchSettings(60000, false), Snapshot([], counts));

        matcher.CountHints(business).ShouldHaveSingleItem().ShouldBe(new FederationCountHint(Salla, 6));
    }

    [Fact]
    public void An_Association_Sharing_Nothing_Cannot_Be_Part_Of_The_Federations_View()
    {
        Should.Throw<DomainException>(() => new FederationAssociation("x", "X", FederationSharing.None, ContactInfo.None));
    }

    private static FederationSnapshot Snapshot(IReadOnlyList<SharedProfile> profiles, IReadOnlyList<SharedCount> counts)
        => new(true, [Kemi, Salla], profiles, counts);
}
