using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Tui.Screens.Editor;

namespace CoMarketing.Tui.Tests.Screens.Editor;

public sealed class EditorAudienceAndChannelTests
{
    // Audience fields: age0..age6, interests, freeTags, served, months, customers, national.
    private const string ToInterests = "Tab Tab Tab Tab Tab Tab Tab";

    [Fact]
    public void Age_Bands_Not_Totalling_100_Should_Block_Saving()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When: the first band goes from 10 to 30 (total 120)
        kit.Press("F3 C-u").Type("30").Press("C-s");

        // Then
        kit.Backend.Writes.ShouldBeEmpty();
        kit.Editor.AgeTotalError.ShouldBe("Age bands total 120 %; they must total 100 %.");
        kit.Driver.Navigator.Message!.Text.ShouldBe("Age bands total 120 %; they must total 100 %.");
    }

    [Fact]
    public void Normalise_Should_Scale_The_Bands_To_100()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When: 30 + 12 + 24 + 22 + 14 + 10 + 8 = 120, then Ctrl+N
        kit.Press("F3 C-u").Type("30").Press("C-n");

        // Then
        BusinessFields.AgeValues(kit.Editor.Audience).ShouldBe([25, 10, 20, 18, 12, 8, 7]);
        kit.Editor.AgeTotalError.ShouldBeNull();
    }

    [Fact]
    public void A_Band_Should_Accept_Only_Whole_Percentages()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When
        kit.Press("F3 C-u").Type("1x").Press("Tab");

        // Then
        kit.Editor.Audience[FieldNames.Age(0)].Error.ShouldBe("A whole percentage 0–100.");
    }

    [Fact]
    public void Interests_Should_Toggle_With_Space_After_Type_To_Search()
    {
        // Given: Kahvila Aalto has coffee, baking, families, food
        var kit = EditorTestKit.OwnBusiness();

        // When: find "Families" and toggle it off
        kit.Press("F3 " + ToInterests).Type("Famil").Press("Enter");

        // Then
        kit.Editor.Audience.Get<MultiPickInput>(FieldNames.Interests).Chosen.ShouldBe(["baking", "coffee", "food"]);
    }

    [Fact]
    public void Months_Should_Toggle_Under_The_Cursor()
    {
        // Given: all year
        var kit = EditorTestKit.OwnBusiness();

        // When: January and March off
        kit.Press("F3 " + ToInterests + " Tab Tab Tab").Press("Enter Right Right").Type(" ");

        // Then
        var months = kit.Editor.Audience.Get<MonthsInput>(FieldNames.Months);
        months.IsActive(1).ShouldBeFalse();
        months.IsActive(2).ShouldBeTrue();
        months.IsActive(3).ShouldBeFalse();
    }

    [Fact]
    public void Audience_Should_Be_Saved_With_Served_Areas_And_Free_Tags()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When: a free tag, then Inari as an area served
        kit.Press("F3 " + ToInterests + " Tab").Type("sauna").Press("Tab").Type("Inari").Type(" ").Press("C-s");

        // Then
        var audience = kit.Backend.Named("Kahvila Aalto").Audience;
        audience.Interests.Select(t => t.Value).ShouldContain("sauna");
        audience.Municipalities.Select(m => m.Value).ShouldContain("148");
        audience.Ages.ShouldBe(kit.Business!.Audience.Ages);
    }

    [Theory]
    [InlineData("1 234,50", 123450)]
    [InlineData("1234.50", 123450)]
    [InlineData("80", 8000)]
    [InlineData("", 0)]
    public void A_Channel_Should_Be_Added_With_Cost_In_Finnish_Or_English_Format(string cost, long cents)
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();
        var before = kit.Editor.Channels.Length;

        // When: a, kind → Instagram, name, size, engagement, cost, Enter
        kit.Press("F4 a Right Tab").Type("@pöllö").Press("Tab").Type("4200").Press("Tab").Type("3,5").Press("Tab").Type(cost).Press("Enter");

        // Then
        kit.Editor.ChannelForm.ShouldBeNull();
        var added = kit.Editor.Channels[^1];
        kit.Editor.Channels.Length.ShouldBe(before + 1);
        added.ShouldBe(new Channel(ChannelKind.Instagram, "@pöllö", 4200, 0.035, Money.FromCents(cents)));
    }

    [Theory]
    [InlineData("12,345", "An amount like 1 234,50 or 1234.50.")]
    [InlineData("abc", "An amount like 1 234,50 or 1234.50.")]
    public void A_Bad_Cost_Should_Keep_The_Channel_Form_Open_With_A_Message(string cost, string message)
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When
        kit.Press("F4 a Tab Tab Tab Tab").Type(cost).Press("Enter");

        // Then
        kit.Editor.ChannelForm.ShouldNotBeNull();
        kit.Editor.ChannelForm.Fields[FieldNames.ChannelCost].Error.ShouldBe(message);
        kit.Driver.FrameText().ShouldContain("! " + message);
    }

    [Fact]
    public void Removing_A_Channel_Should_Ask_First()
    {
        // Given: Kahvila Aalto has three channels
        var kit = EditorTestKit.OwnBusiness();

        // When: d, then "n" keeps it
        kit.Press("F4 d n");

        // Then
        kit.Editor.Channels.Length.ShouldBe(3);

        // When: d, then "k" removes the first
        kit.Press("d k");

        // Then
        kit.Editor.Channels.Select(c => c.Kind).ShouldBe([ChannelKind.Facebook, ChannelKind.Website]);
    }

    [Fact]
    public void Editing_A_Channel_Should_Replace_It_And_Save()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When: the second channel's size becomes 5000
        kit.Press("F4 Down Enter Tab Tab C-u").Type("5000").Press("Enter C-s");

        // Then
        kit.Backend.Named("Kahvila Aalto").Channels[1].AudienceSize.ShouldBe(5000);
    }
}
