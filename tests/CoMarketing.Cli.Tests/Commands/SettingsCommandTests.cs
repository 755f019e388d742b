using CoMarketing.Core.Audit;
using CoMarketing.Storage;

namespace CoMarketing.Cli.Tests.Commands;

public sealed class SettingsCommandTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"comarketing-settings-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_db + suffix);
        }
    }

    [Fact]
    public void I_can_switch_on_small_town_mode_and_change_the_kiosk_idle_time()
    {
        // When
        var run = CliRun.Of("settings", "--db", _db, "--small-town", "on", "--idle-minutes", "5", "--vat", "14,0");

        // Then
        (run.ExitCode, run.Error).ShouldBe((ExitCodes.Success, string.Empty));
        run.Out.ShouldContain("Small-town mode:  on");
        var store = Store.Open(_db, TimeProvider.System);
        var settings = store.Association.Get();
        (settings.SmallTownMode, settings.KioskIdleMinutes, settings.DefaultVatPercent).ShouldBe((true, 5, 14.0m));
        store.Audit.Recent(1).Single().Action.ShouldBe("association.update");
        store.Audit.Recent(1).Single().Actor.ShouldBe(Actor.CommandLine);
    }

    [Fact]
    public void I_can_set_the_associations_business_id_iban_and_payment_term_and_they_survive_other_changes()
    {
        // When
        var run = CliRun.Of("settings", "--db", _db, "--business-id", "2077474-0", "--iban", "fi21 1234 5600 0007 85", "--payment-term", "21");
        var later = CliRun.Of("settings", "--db", _db, "--idle-minutes", "4");

        // Then
        (run.ExitCode, run.Error).ShouldBe((ExitCodes.Success, string.Empty));
        later.Out.ShouldContain("IBAN:             FI21 1234 5600 0007 85");
        var settings = Store.Open(_db, TimeProvider.System).Association.Get();
        (settings.BusinessId?.Value, settings.Iban?.Value, settings.PaymentTermDays, settings.KioskIdleMinutes).ShouldBe(("2077474-0", "FI2112345600000785", 21, 4));
    }

    [Theory]
    [InlineData("--iban", "FI21 1234 5600 0007 86", "--iban: IBAN 'FI21 1234 5600 0007 86' has wrong check digits")]
    [InlineData("--iban", "FI21 1234 5600 0007 8", "--iban: A Finnish IBAN has 18 characters")]
    [InlineData("--business-id", "2077474-1", "--business-id: Business ID (Y-tunnus) '2077474-1' has a wrong check digit")]
    [InlineData("--payment-term", "400", "--payment-term: must be 0–365 days, got 400.")]
    public void A_Bad_Payment_Detail_Should_Exit_1_And_Save_Nothing(string option, string value, string message)
    {
        var run = CliRun.Of("settings", "--db", _db, "--name", "Uusi nimi", option, value);
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith(message);
        Store.Open(_db, TimeProvider.System).Association.Get().Name.ShouldNotBe("Uusi nimi");
    }

    [Fact]
    public void Showing_the_settings_Should_Change_Nothing()
    {
        CliRun.Of("settings", "--db", _db).ExitCode.ShouldBe(ExitCodes.Success);
        var run = CliRun.Of("settings", "--db", _db);
        run.Out.ShouldContain("Kiosk idle time:  3 min");
        Store.Open(_db, TimeProvider.System).Audit.Count().ShouldBe(0);
    }

    [Theory]
    [InlineData("--small-town", "maybe", "--small-town: 'maybe' must be on or off.")]
    [InlineData("--language", "sv", "--language: 'sv' is not a language; use fi or en.")]
    [InlineData("--vat", "abc", "--vat: 'abc' is not a percentage; write it like 25.5 or 25,5.")]
    [InlineData("--vat", "255", "VAT rate must be between 0 and 100 with at most two decimals, got 255.")]
    [InlineData("--idle-minutes", "0", "Kiosk idle time must be 1–120 minutes, got 0.")]
    [InlineData("--population", "0", "The area's population must be above zero, got 0.")]
    public void A_bad_setting_Should_Be_Refused_And_Nothing_Saved(string option, string value, string message)
    {
        // Given
        CliRun.Of("settings", "--db", _db, "--small-town", "on").ExitCode.ShouldBe(ExitCodes.Success);

        // When
        var run = CliRun.Of("settings", "--db", _db, "--name", "Uusi nimi ry", option, value, "--lang", "en");

        // Then
        run.ExitCode.ShouldBe(ExitCodes.InvalidInput);
        run.ErrorLines.ShouldBe([message]);
        run.Out.ShouldBeEmpty();
        var settings = Store.Open(_db, TimeProvider.System).Association.Get();
        (settings.SmallTownMode, settings.KioskIdleMinutes, settings.Name).ShouldBe((true, 3, "Yrittäjäyhdistys"));
    }
}
