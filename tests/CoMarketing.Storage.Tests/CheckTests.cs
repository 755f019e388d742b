using CoMarketing.Core.Audit;
using CoMarketing.Storage.Internal;
using CoMarketing.Storage.Tests.Infrastructure;
using Dapper;

namespace CoMarketing.Storage.Tests;

public sealed class CheckTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_Sound_Database_Should_Have_No_Problems()
    {
        var store = _temp.Open();
        var a = store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var b = store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator);
        store.Campaigns.Add(Samples.Campaign(a.Id, b.Id), Actor.Coordinator);
        store.Check().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("UPDATE businesses SET age_2 = age_2 + 0.1", "Business 'Kahvila Äänekäs' (id 1) has age weights summing to 1.1 instead of 1.")]
    [InlineData("UPDATE businesses SET age_0 = -0.5, age_1 = age_1 + 0.5", "Business 'Kahvila Äänekäs' (id 1) has a negative age weight.")]
    [InlineData("UPDATE cost_items SET net_cents = 12.5 WHERE position = 0", "1 row(s) of cost_items hold a cost item's net amount that is not a whole number of cents.")]
    [InlineData("UPDATE cost_item_percents SET percent = '140' WHERE business_id = 1", "Cost item 3 gives business 1 a percent of '140', outside 0–100.")]
    [InlineData("UPDATE cost_items SET vat_bp = 25500 WHERE position = 0", "Cost item 'Lehti-ilmoitus' (id 1) has a VAT rate of 255 %, outside 0–100.")]
    [InlineData("DELETE FROM campaign_participants WHERE business_id = 1", "A result in campaign 1 refers to business 1, which is not a participant.")]
    [InlineData("UPDATE businesses SET pin_hash = 'not base64!', pin_salt = 'AAAAAAAAAAAAAAAAAAAAAA==', pin_iterations = 600000 WHERE id = 1", "Business 'Kahvila Äänekäs' (id 1) has a malformed PIN hash")]
    [InlineData("PRAGMA foreign_keys = OFF; INSERT INTO offerings (business_id, offering) VALUES (77, 'ghost')", "Table offerings row")]
    [InlineData("UPDATE businesses SET industry = 'abc' WHERE id = 2", "Business id 2 cannot be read: Industry code must be a TOL 2008 class")]
    public void An_Injected_Violation_Should_Be_Reported_In_Words(string sql, string expected)
    {
        // Given
        var store = _temp.Open();
        var a = store.Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        var b = store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator);
        store.Campaigns.Add(Samples.Campaign(a.Id, b.Id), Actor.Coordinator);
        using (var connection = SqliteDatabase.OpenFile(store.Path))
        {
            connection.Execute(sql);
        }

        // When
        var problems = store.Check();

        // Then
        problems.ShouldContain(p => p.StartsWith(expected, StringComparison.Ordinal), string.Join(Environment.NewLine, problems));
    }
}
