using System.Globalization;
using System.Text.RegularExpressions;
using CoMarketing.Core.Association;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;

namespace CoMarketing.Core.Tests.Common;

/// <summary>
/// Every refusal of Core can be said in English and Finnish; English stays the words of <see cref="Exception.Message"/>,
/// Finnish writes numbers, amounts and dates as Finns do, and neither depends on the thread's culture.
/// </summary>
public sealed partial class ProblemTextsTests
{
    [Fact]
    public void Every_Problem_Text_Should_Have_A_Finnish_Translation_With_The_Same_Values()
    {
        // Given
        var english = ProblemTexts.All(Language.English);
        var finnish = ProblemTexts.All(Language.Finnish);

        // Then
        english.ShouldNotBeEmpty();
        english.Where(text => string.IsNullOrWhiteSpace(text.Value)).Select(text => text.Key).ShouldBeEmpty();
        finnish.Where(text => string.IsNullOrWhiteSpace(text.Value)).Select(text => text.Key).ShouldBeEmpty();
        english.Where(text => Values(text.Value!) != Values(finnish[text.Key]!)).Select(text => text.Key).ShouldBeEmpty();
    }

    [Fact]
    public void Every_Problem_Named_In_The_Source_Should_Have_Its_Texts_And_Every_Text_Should_Be_Used()
    {
        // Given: the keys written in src as DomainException.Of("…"), DomainProblem.Of("…") or a key constant, and the
        // status words named by "Status" + the status
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "CoMarketing.sln")))
        {
            root = root.Parent;
        }

        var source = string.Join('\n', Directory.EnumerateFiles(Path.Combine(root.ShouldNotBeNull().FullName, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Where(text => text.Contains("DomainProblem", StringComparison.Ordinal) || text.Contains("DomainException.Of(", StringComparison.Ordinal)));
        var named = KeyInSource().Matches(source).Select(m => m.Groups["key"].Value)
            .Concat(Enum.GetValues<CampaignStatus>().Select(status => "Status" + status))
            .ToHashSet(StringComparer.Ordinal);
        var texts = ProblemTexts.All(Language.Finnish);

        // Then
        named.Where(key => !texts.ContainsKey(key)).ShouldBeEmpty();
        texts.Keys.Where(key => !named.Contains(key)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Language.English, "Campaign 'Kesäkadut' is finished: its costs are locked until the coordinator reopens it.")]
    [InlineData(Language.Finnish, "Kampanja ”Kesäkadut” on päättynyt: sen kulut on lukittu, kunnes koordinaattori avaa sen uudelleen.")]
    public void A_Locked_Campaign_Should_Be_Named_With_Its_Status_In_The_Language(Language language, string message)
    {
        // When
        var error = Should.Throw<DomainException>(() => CampaignLifecycle.EnsureCostsEditable(Campaign("Kesäkadut", CampaignStatus.Finished)));

        // Then
        error.In(language).ShouldBe(message);
        error.Message.ShouldBe(error.In(Language.English));
    }

    [Theory]
    [InlineData(Language.English, "Campaign 'Kesäkadut' ends (2027-05-31) before it starts (2027-06-01).")]
    [InlineData(Language.Finnish, "Kampanja ”Kesäkadut” päättyy (31.5.2027) ennen kuin se alkaa (1.6.2027).")]
    public void Dates_Should_Be_Written_As_The_Language_Writes_Them(Language language, string message)
    {
        // When
        var error = Should.Throw<DomainException>(() => new Campaign(0, "Kesäkadut", new CampaignGoal(CampaignGoalKind.Traffic, 100), new DateOnly(2027, 6, 1), new DateOnly(2027, 5, 31), CampaignStatus.Draft, [1], [], [], []));

        // Then
        error.In(language).ShouldBe(message);
    }

    [Theory]
    [InlineData(Language.English, "Revenue 1234567890.50 is too large; at most 1 000 000 000.00.")]
    [InlineData(Language.Finnish, "Liikevaihto 1 234 567 890,50 € on liian suuri; enintään 1 000 000 000,00 €.")]
    public void An_Amount_Should_Be_Written_As_The_Language_Writes_Money(Language language, string message)
    {
        // When
        var error = Should.Throw<DomainException>(() => new CampaignResult(1, new DateOnly(2027, 3, 1), ResultPeriod.Month, 10, 5, 2, 1, Money.FromCents(123_456_789_050)));

        // Then
        error.In(language).ShouldBe(message);
        CampaignResult.IsAboutRevenue(error).ShouldBeTrue();
    }

    [Theory]
    [InlineData(Language.English, "Interested must be between 0 and 1 000 000 000, got 2000000000.")]
    [InlineData(Language.Finnish, "Kiinnostuneiden määrän pitää olla 0–1 000 000 000, nyt 2000000000.")]
    public void A_Field_Named_In_A_Refusal_Should_Be_Named_In_The_Same_Language(Language language, string message)
    {
        // When
        var error = Should.Throw<DomainException>(() => new CampaignResult(1, new DateOnly(2027, 3, 1), ResultPeriod.Month, 10, 2_000_000_000, 0, 0, Money.Zero));

        // Then
        error.In(language).ShouldBe(message);
        CampaignResult.IsAboutRevenue(error).ShouldBeFalse();
    }

    [Theory]
    [InlineData(Language.English, "VAT rate must be between 0 and 100 with at most two decimals, got 25.555.")]
    [InlineData(Language.Finnish, "ALV-prosentin pitää olla välillä 0–100, ja siinä saa olla enintään kaksi desimaalia; nyt 25,555.")]
    public void A_Decimal_Should_Take_The_Languages_Separator_Whatever_The_Thread_Culture(Language language, string message)
    {
        // Given: a thread culture that writes neither language's separator on its own terms
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
        try
        {
            // When
            var error = Should.Throw<DomainException>(() => new AssociationSettings("Yhdistys", "EUR", 25.555m, Language.Finnish, 1000, false, 3));

            // Then
            error.In(language).ShouldBe(message);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData(Language.English, "items[0].amounts: 'a', 'b' have no amount; at most one sharer may leave it out and take the rest")]
    [InlineData(Language.Finnish, "items[0].amounts: jakajilta ”a”, ”b” puuttuu summa; vain yksi jakaja voi jättää summan pois ja ottaa loput")]
    public void A_List_Of_Names_Should_Be_Quoted_As_The_Language_Quotes(Language language, string message)
    {
        // Given
        var problem = DomainProblem.Of("SplitAmountsMissing", "items[0]", new[] { DomainProblem.Of("Quoted", "a"), DomainProblem.Of("Quoted", "b") });

        // Then
        problem.In(language).ShouldBe(message);
    }

    [Fact]
    public void A_Refusal_Made_From_A_Sentence_Should_Say_That_Sentence_In_Any_Language()
    {
        new DomainException("As it was written.").In(Language.Finnish).ShouldBe("As it was written.");
    }

    /// <summary>The placeholders a text fills, in order: <c>{0}{1:d.M.yyyy}</c> → "0,1".</summary>
    private static string Values(string text) => string.Join(',', Placeholder().Matches(text).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal));

    private static Campaign Campaign(string name, CampaignStatus status)
        => new(1, name, new CampaignGoal(CampaignGoalKind.Traffic, 100), new DateOnly(2027, 6, 1), new DateOnly(2027, 6, 30), status, [1], [], [], []);

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:DomainException|DomainProblem)\.Of\(""(?<key>\w+)""[,)]|const string \w+Key = ""(?<key>\w+)""")]
    private static partial Regex KeyInSource();
}
