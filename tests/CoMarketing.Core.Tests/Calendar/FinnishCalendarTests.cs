using CoMarketing.Core.Calendar;
using CoMarketing.Core.Common;

namespace CoMarketing.Core.Tests.Calendar;

public sealed class FinnishCalendarTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter_Should_Fall_On_Known_Dates(int year, int month, int day)
    {
        Easter.Sunday(year).ShouldBe(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData(2027, "Good Friday", "2027-03-26")]
    [InlineData(2027, "Easter Monday", "2027-03-29")]
    [InlineData(2027, "Ascension Day", "2027-05-06")]
    [InlineData(2027, "Whit Sunday", "2027-05-16")]
    [InlineData(2027, "Midsummer Eve", "2027-06-25")]
    [InlineData(2027, "Midsummer Day", "2027-06-26")]
    [InlineData(2027, "All Saints' Day", "2027-11-06")]
    [InlineData(2025, "Midsummer Eve", "2025-06-20")]
    [InlineData(2025, "All Saints' Day", "2025-11-01")]
    [InlineData(2026, "Midsummer Eve", "2026-06-19")]
    [InlineData(2026, "All Saints' Day", "2026-10-31")]
    [InlineData(2027, "Independence Day", "2027-12-06")]
    public void Holidays_Should_Fall_On_Known_Dates(int year, string name, string date)
    {
        var holiday = FinnishCalendar.Holidays(year).Single(h => h.Name == name);
        holiday.Date.ShouldBe(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        holiday.Kind.ShouldBe(CalendarEntryKind.Holiday);
        holiday.End.ShouldBeNull();
    }

    [Fact]
    public void Holidays_Should_Include_Those_On_Weekends_And_Have_Finnish_Names()
    {
        // Given 2027: Christmas Day is a Saturday, Midsummer Day always a Saturday
        var holidays = FinnishCalendar.Holidays(2027);

        // Then
        holidays.Count.ShouldBe(15);
        holidays.Single(h => h.Name == "Christmas Day").Date.DayOfWeek.ShouldBe(DayOfWeek.Saturday);
        holidays.Single(h => h.Name == "Midsummer Eve").NameFi.ShouldBe("Juhannusaatto");
        holidays.Single(h => h.Name == "St Stephen's Day").NameFi.ShouldBe("Tapaninpäivä");
    }

    [Theory]
    [InlineData(2027, "Black Friday", "2027-11-26")]
    [InlineData(2025, "Black Friday", "2025-11-28")]
    [InlineData(2027, "Mother's day", "2027-05-09")]
    [InlineData(2027, "Father's day", "2027-11-14")]
    [InlineData(2027, "Valentine's day", "2027-02-14")]
    [InlineData(2027, "Halloween", "2027-10-31")]
    public void Events_Should_Fall_On_Known_Dates(int year, string name, string date)
    {
        var entry = FinnishCalendar.For(year).Single(e => e.Name == name && e.Kind == CalendarEntryKind.Event);
        entry.Date.ShouldBe(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Seasons_Should_Have_An_End_Not_Before_Their_Start()
    {
        var seasons = FinnishCalendar.For(2027).Where(e => e.Kind == CalendarEntryKind.Season).ToList();
        seasons.Select(s => s.Name).ShouldBe(
            ["January sales", "Easter week", "Summer sales", "Back to school", "Black Friday week", "Christmas shopping"]);
        seasons.ShouldAllBe(s => s.End != null && s.End >= s.Date);
        seasons.Single(s => s.Name == "Summer sales").Date.ShouldBe(new DateOnly(2027, 6, 28));
        seasons.Single(s => s.Name == "Black Friday week").End.ShouldBe(new DateOnly(2027, 11, 29));
    }

    [Fact]
    public void Entries_Should_Be_Sorted_By_Date_Then_Kind()
    {
        var extra = new CalendarEntry(new DateOnly(2027, 1, 1), null, CalendarEntryKind.Campaign, "Spring ads", "Kevätmainokset");
        var entries = FinnishCalendar.For(2027, [extra]);
        entries.Select(e => e.Date).ShouldBeInOrder();
        entries.Take(3).Select(e => e.Kind).ShouldBe([CalendarEntryKind.Holiday, CalendarEntryKind.Season, CalendarEntryKind.Campaign]);
    }

    [Fact]
    public void A_Year_Outside_The_Gregorian_Range_Should_Be_Refused()
    {
        Should.Throw<DomainException>(() => FinnishCalendar.For(1200)).Message.ShouldContain("1583");
    }

    [Fact]
    public void A_Season_Cannot_End_Before_It_Starts()
    {
        Should.Throw<ArgumentException>(() => new CalendarEntry(
            new DateOnly(2027, 2, 1), new DateOnly(2027, 1, 1), CalendarEntryKind.Season, "Backwards", "Takaperin"));
    }
}
