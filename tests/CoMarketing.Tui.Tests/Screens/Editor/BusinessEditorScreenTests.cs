using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens;
using CoMarketing.Tui.Screens.Businesses;
using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Editor;

public sealed class BusinessEditorScreenTests
{
    [Fact]
    public void Typing_Should_Edit_The_Name_With_Finnish_Letters()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When
        kit.Press("C-u").Type("Kahvila Äijälä & Pöllö").Press("Tab");

        // Then
        kit.Editor.Profile[FieldNames.Name].Value.ShouldBe("Kahvila Äijälä & Pöllö");
        kit.Editor.Profile.Current.Name.ShouldBe(FieldNames.BusinessId);
        kit.Editor.IsDirty.ShouldBeTrue();
        kit.Editor.GetStatus(kit.Driver.Context).ShouldBe("unsaved changes");
    }

    [Theory]
    [InlineData("1234567-2", "The check digit does not match; check the business ID.")]
    [InlineData("12345678", "Write the business ID like 1234567-8.")]
    [InlineData("1234567-1", null)]
    [InlineData("", null)]
    public void Business_Id_Should_Be_Checked_When_Leaving_The_Field(string text, string? message)
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When
        kit.Press("Tab C-u").Type(text).Press("Tab");

        // Then
        var field = kit.Editor.Profile[FieldNames.BusinessId];
        field.Touched.ShouldBeTrue();
        field.Error.ShouldBe(message);
    }

    [Fact]
    public void Industry_Should_Be_Picked_By_Typing_To_Search()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When: focus the industry, search "coffee shops", choose the highlighted one
        kit.Press("Tab Tab").Type("coffee shops").Press("Enter");

        // Then
        var picker = kit.Editor.Profile.Get<PickerInput>(FieldNames.Industry);
        picker.Chosen!.Key.ShouldBe("56302");
        picker.Query.Text.ShouldBe("");
    }

    [Fact]
    public void Municipality_Should_Be_Picked_By_Name_And_Show_Its_Code()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When
        kit.Press("Tab Tab Tab").Type("Inar").Press("Enter");

        // Then
        kit.Editor.Profile[FieldNames.Municipality].Value.ShouldBe("148");
        kit.Editor.Profile.Get<PickerInput>(FieldNames.Municipality).Chosen!.Display.ShouldBe("Inari (148)");
    }

    [Theory]
    [InlineData("Right", CustomerType.Businesses)]
    [InlineData("Right Right", CustomerType.Both)]
    [InlineData("Left", CustomerType.Both)]
    [InlineData("Right Right Right", CustomerType.Consumers)]
    public void Customer_Type_Should_Cycle_With_The_Arrows(string keys, CustomerType expected)
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When
        kit.Press("Tab Tab Tab Tab").Press(keys);

        // Then
        ((CustomerType)kit.Editor.Profile.Get<ChoiceInput>(FieldNames.CustomerType).Index).ShouldBe(expected);
    }

    [Fact]
    public void Contact_Details_Should_Not_Be_Editable_For_Another_Members_Business()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var other = backend.Named("Kahvila Kuura").Id;

        // When
        var kit = new EditorTestKit(Session.Member(other));

        // Then
        kit.Editor.ShowsPrivate.ShouldBeFalse();
        kit.Editor.Profile.Fields.Select(f => f.Name).ShouldNotContain(FieldNames.Email);
        kit.Driver.FrameText().ShouldNotContain("Aino Aalto");
    }

    [Fact]
    public void A_Member_Should_Not_Save_Another_Members_Business_And_See_Why()
    {
        // Given: Kahvila Kuura's member opens Kahvila Aalto
        var backend = InMemoryPlannerBackend.Demo();
        var kit = new EditorTestKit(Session.Member(backend.Named("Kahvila Kuura").Id));

        // When
        kit.Press("C-u").Type("Taken Over").Press("C-s");

        // Then
        kit.Backend.Writes.ShouldBeEmpty();
        kit.Backend.Named("Kahvila Aalto").Name.ShouldBe("Kahvila Aalto");
        kit.Driver.Navigator.Message!.Kind.ShouldBe(MessageKind.Error);
        kit.Driver.Navigator.Message.Text.ShouldBe("Not saved: You can change only your own business.");
    }

    [Fact]
    public void Saving_Should_Update_The_Own_Business_Through_The_Service()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When
        kit.Press("Tab C-u").Type("0737546-2").Press("C-s");

        // Then
        kit.Backend.Writes.Select(w => w.Operation).ShouldBe(["UpdateBusiness"]);
        kit.Backend.Named("Kahvila Aalto").BusinessId!.Value.Value.ShouldBe("0737546-2");
        kit.Driver.Navigator.Message!.Text.ShouldBe("Saved Kahvila Aalto.");
        kit.Editor.IsDirty.ShouldBeFalse();
    }

    [Fact]
    public void An_Invalid_Field_Should_Block_Saving_And_Show_Its_Message()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When: an e-mail without @ (field 8: name, id, industry, municipality, type, offerings, contact, e-mail)
        kit.Press("Tab Tab Tab Tab Tab Tab Tab C-u").Type("aino.example.fi").Press("Tab Tab Tab C-s");

        // Then
        kit.Backend.Writes.ShouldBeEmpty();
        kit.Editor.Profile.Current.Name.ShouldBe(FieldNames.Email);
        kit.Driver.FrameText().ShouldContain("! The e-mail does not look like an address (name@example.fi).");
        kit.Driver.Navigator.Message!.Text.ShouldBe("Not saved: fix the marked fields first.");
    }

    [Fact]
    public void Esc_With_Unsaved_Changes_Should_Ask_Before_Leaving()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();
        kit.Type("x");

        // When: Esc asks, "e" (ei) stays
        kit.Press("Esc");
        var asked = kit.Editor.Confirm;
        kit.Press("e");

        // Then
        asked.ShouldNotBeNull();
        kit.Editor.Confirm.ShouldBeNull();
        kit.Editor.Profile[FieldNames.Name].Value.ShouldBe("Kahvila Aaltox");

        // When: Esc, then "k" (kyllä) leaves without saving
        kit.Press("Esc k");

        // Then
        kit.Driver.Current.ShouldBeOfType<ParentScreen>();
        kit.Backend.Writes.ShouldBeEmpty();
    }

    [Fact]
    public void Esc_Without_Changes_Should_Leave_At_Once()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When
        kit.Press("Esc");

        // Then
        kit.Driver.Current.ShouldBeOfType<ParentScreen>();
    }

    [Theory]
    [InlineData("F3", EditorSection.Audience)]
    [InlineData("F4", EditorSection.Channels)]
    [InlineData("F4 F2", EditorSection.Profile)]
    [InlineData("PgDn", EditorSection.Audience)]
    [InlineData("PgUp", EditorSection.Channels)]
    public void Section_Keys_Should_Switch_Tabs(string keys, EditorSection expected)
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // When
        kit.Press(keys);

        // Then
        kit.Editor.Section.ShouldBe(expected);
    }

    [Fact]
    public void A_Kept_Draft_Should_Be_Offered_And_Restored()
    {
        // Given: a member typed into the editor, then the kiosk timed out and kept the draft
        var kit = EditorTestKit.OwnBusiness();
        kit.Press("C-u").Type("Kahvila Öljy");
        var editor = kit.Editor;
        kit.Backend.Drafts.Save(kit.Service.Session.BusinessId, editor.DraftKey!, editor.SerializeDraft()!);

        // When: the same member opens the business again and accepts the offer
        var reopened = new ScreenDriver(BusinessEditorScreen.Open(kit.Service, kit.Business, kit.Driver.Texts));
        var offered = reopened.Screen<BusinessEditorScreen>().Confirm;
        reopened.Press("k");

        // Then
        offered!.Question.ShouldBe("Continue with the unsaved changes kept from last time?");
        reopened.Screen<BusinessEditorScreen>().Profile[FieldNames.Name].Value.ShouldBe("Kahvila Öljy");
        kit.Backend.Drafts.Load(kit.Service.Session.BusinessId, editor.DraftKey!).ShouldBeNull();
    }

    [Fact]
    public void A_Clean_Editor_Should_Have_No_Draft()
    {
        // Given
        var kit = EditorTestKit.OwnBusiness();

        // Then
        kit.Editor.SerializeDraft().ShouldBeNull();
        kit.Editor.DraftKey.ShouldBe($"business-editor:{kit.Business!.Id}");
    }

    [Fact]
    public void The_Coordinator_Should_Register_A_New_Business()
    {
        // Given
        var kit = new EditorTestKit(Session.Coordinator, businessName: null);

        // When
        kit.Type("Pyöräkorjaamo Ääriviiva").Press("Tab Tab").Type("Restaurants").Press("Enter Tab").Type("Rovaniemi").Press("Enter")
            .Press("F3").Type("").Press("C-u").Type("50").Press("Tab C-u").Type("50").Press("C-s");

        // Then
        kit.Backend.Writes.Select(w => w.Operation).ShouldBe(["AddBusiness"]);
        var saved = kit.Backend.Named("Pyöräkorjaamo Ääriviiva");
        saved.Industry.Code.ShouldBe("56101");
        saved.Municipality.Value.ShouldBe("698");
        saved.Audience.Ages.Weights.ShouldBe([0.5, 0.5, 0, 0, 0, 0, 0]);
        kit.Editor.IsNew.ShouldBeFalse();
    }

    [Fact]
    public void Saving_From_The_List_Should_Refresh_The_List_Below()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var id = backend.Named("Kahvila Aalto").Id;
        var service = new PlannerService(backend, Session.Member(id));
        var list = new BusinessesScreen(service, TuiTexts.English);
        var driver = new ScreenDriver(new ParentScreen());
        driver.Navigator.Run(ScreenCommand.Push(list));
        driver.Navigator.Run(ScreenCommand.Push(list.Open(id)));

        // When
        driver.Press("C-u").Type("Kahvila Aalto ja Poika").Press("C-s Esc");

        // Then
        driver.Navigator.Depth.ShouldBe(2);
        driver.Screen<BusinessesScreen>().Table.Source.ShouldContain(item => item.Business.Name == "Kahvila Aalto ja Poika");
    }

    [Fact]
    public void Channel_Kinds_Should_All_Have_Labels()
    {
        // Then
        Enum.GetValues<ChannelKind>().Select(kind => ChannelForm.KindLabel(kind, TuiTexts.Finnish)).ShouldAllBe(label => !label.StartsWith('['));
    }
}
