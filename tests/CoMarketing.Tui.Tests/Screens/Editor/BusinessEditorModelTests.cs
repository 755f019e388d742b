using CoMarketing.Tui.Screens;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Finance;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Editor;

public sealed class BusinessEditorModelTests
{
    private static (InMemoryPlannerBackend Backend, BusinessEditorModel Editor) Own(string name = "Kahvila Aalto", TuiTexts? texts = null)
    {
        var backend = InMemoryPlannerBackend.Demo();
        var id = backend.Named(name).Id;
        var service = new PlannerService(backend, Session.Member(id), texts);
        return (backend, new BusinessEditorModel(service, service.GetBusiness(id)));
    }

    [Fact]
    public void Typing_Should_Make_The_Editor_Dirty_With_Finnish_Letters()
    {
        // Given
        var (_, editor) = Own();

        // When
        editor.Set(FieldNames.Name, "Kahvila Äijälä & Pöllö?");

        // Then
        editor.Profile[FieldNames.Name].Value.ShouldBe("Kahvila Äijälä & Pöllö?");
        editor.IsDirty.ShouldBeTrue();
        editor.SerializeDraft().ShouldNotBeNull();
    }

    [Theory]
    [InlineData("1234567-2", "The check digit does not match; check the business ID.")]
    [InlineData("12345678", "Write the business ID like 1234567-8.")]
    [InlineData("0000000-0", "A business ID of only zeros is never issued; check the number.")]
    [InlineData("1234567-1", null)]
    [InlineData("", null)]
    public void Business_Id_Should_Be_Checked_By_Core_And_Worded_In_English(string text, string? message)
    {
        // Given
        var (_, editor) = Own();

        // When
        editor.Set(FieldNames.BusinessId, text);

        // Then
        editor.Profile[FieldNames.BusinessId].Error.ShouldBe(message);
    }

    [Fact]
    public void Business_Id_Message_Should_Be_In_Finnish_In_A_Finnish_Planner()
    {
        // Given
        var (_, editor) = Own(texts: TuiTexts.Finnish);

        // When
        editor.Set(FieldNames.BusinessId, "123");

        // Then
        editor.Profile[FieldNames.BusinessId].Error.ShouldBe("Kirjoita Y-tunnus muodossa 1234567-8.");
    }

    [Theory]
    [InlineData("coffee shops", "56302")]
    [InlineData("kahvilat", "56302")]
    [InlineData("kahviloissa", "56302")]
    [InlineData("RAVINTOLAN", "56101")]
    [InlineData("cafe", "56102")]
    public void The_Industry_Picker_Should_Find_Finnish_And_English_Names_In_Every_Form(string query, string code)
    {
        // Given
        var (_, editor) = Own();
        var picker = editor.Profile.Get<PickerInput>(FieldNames.Industry);

        // When
        var found = picker.Search(query);

        // Then
        found.Select(option => option.Key).ShouldContain(code);
    }

    [Fact]
    public void The_Municipality_Picker_Should_Find_By_Name_And_Show_The_Code()
    {
        // Given
        var (_, editor) = Own();
        var picker = editor.Profile.Get<PickerInput>(FieldNames.Municipality);

        // When
        var found = picker.Search("Inar")[0];
        editor.Replace(picker.Choose(found.Key));

        // Then
        editor.Profile[FieldNames.Municipality].Value.ShouldBe("148");
        found.Display.ShouldBe("Inari (148)");
    }

    [Theory]
    [InlineData("Atlantis", "Unknown municipality “Atlantis”; type its Finnish or Swedish name or its three-digit code.")]
    [InlineData("6980", "“6980” is not a municipality code; a code has three digits, like 698.")]
    [InlineData("Rovaniemi", null)]
    public void An_Unknown_Municipality_Should_Be_Worded_In_The_Planners_Language(string text, string? message)
    {
        // Given
        var validation = new EditorValidation(TuiTexts.English);

        // Then
        validation.Municipality(TestReferenceData.Instance, text).ShouldBe(message);
    }

    [Fact]
    public void Contact_Details_Should_Not_Be_Editable_For_Another_Members_Business()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, Session.Member(backend.Named("Kahvila Kuura").Id));

        // When
        var editor = new BusinessEditorModel(service, service.GetBusiness(backend.Named("Kahvila Aalto").Id));

        // Then
        editor.ShowsPrivate.ShouldBeFalse();
        editor.Profile.Fields.Select(f => f.Name).ShouldNotContain(FieldNames.Email);
    }

    [Fact]
    public void A_Member_Should_Not_Save_Another_Members_Business_And_See_Why()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var service = new PlannerService(backend, Session.Member(backend.Named("Kahvila Kuura").Id));
        var editor = new BusinessEditorModel(service, service.GetBusiness(backend.Named("Kahvila Aalto").Id));

        // When
        editor.Set(FieldNames.Name, "Taken Over");
        var saved = editor.Save();

        // Then
        saved.ShouldBeNull();
        backend.Writes.ShouldBeEmpty();
        editor.MessageKind.ShouldBe(MessageKind.Error);
        editor.Message.ShouldBe("Not saved: You can change only your own business.");
    }

    [Fact]
    public void Saving_Should_Update_The_Own_Business_Through_The_Service()
    {
        // Given
        var (backend, editor) = Own();

        // When
        editor.Set(FieldNames.BusinessId, "0737546-2");
        editor.Save().ShouldNotBeNull();

        // Then
        backend.Writes.Select(w => w.Operation).ShouldBe(["UpdateBusiness"]);
        backend.Named("Kahvila Aalto").BusinessId!.Value.Value.ShouldBe("0737546-2");
        editor.Message.ShouldBe("Saved Kahvila Aalto.");
        editor.IsDirty.ShouldBeFalse();
    }

    [Fact]
    public void An_Invalid_Field_Should_Block_Saving_And_Show_Its_Message()
    {
        // Given
        var (backend, editor) = Own();
        editor.Section = EditorSection.Audience;

        // When
        editor.Set(FieldNames.Email, "aino.example.fi");
        editor.Save();

        // Then
        backend.Writes.ShouldBeEmpty();
        editor.Section.ShouldBe(EditorSection.Profile);
        editor.Profile[FieldNames.Email].Touched.ShouldBeTrue();
        editor.Profile[FieldNames.Email].Error.ShouldBe("The e-mail does not look like an address (name@example.fi).");
        editor.Message.ShouldBe("Not saved: fix the marked fields first.");
    }

    [Fact]
    public void Leaving_With_Unsaved_Changes_Should_Ask_First()
    {
        // Given
        var (_, editor) = Own();
        editor.AskLeave().ShouldBeTrue();
        editor.Set(FieldNames.Name, "Kahvila Aaltox");

        // When
        var leaveNow = editor.AskLeave();

        // Then
        leaveNow.ShouldBeFalse();
        editor.QuestionText.ShouldBe("Leave without saving your changes?");
        editor.Answer(false).ShouldBeFalse();
        editor.AskLeave();
        editor.Answer(true).ShouldBeTrue();
    }

    [Fact]
    public void A_Kept_Draft_Should_Be_Offered_And_Restored_With_A_Half_Typed_Channel()
    {
        // Given: a member typed a name and half a channel, then the kiosk kept the draft
        var (backend, editor) = Own();
        editor.Set(FieldNames.Name, "Kahvila Öljy");
        editor.AddChannel();
        editor.SetChannelField(FieldNames.ChannelName, "@puolikas");
        backend.Drafts.Save(editor.Service.Session.BusinessId, editor.DraftKey!, editor.SerializeDraft()!);

        // When: the same member opens the business again and accepts the offer
        var reopened = new BusinessEditorModel(editor.Service, editor.Original);
        var offered = reopened.OfferKeptDraft();
        reopened.Answer(true);

        // Then
        offered.ShouldBeTrue();
        reopened.Profile[FieldNames.Name].Value.ShouldBe("Kahvila Öljy");
        reopened.ChannelForm.ShouldNotBeNull().Fields[FieldNames.ChannelName].Value.ShouldBe("@puolikas");
        reopened.Section.ShouldBe(EditorSection.Channels);
        backend.Drafts.Load(editor.Service.Session.BusinessId, editor.DraftKey!).ShouldBeNull();
    }

    [Fact]
    public void A_Declined_Draft_Should_Be_Deleted_And_Not_Restored()
    {
        // Given
        var (backend, editor) = Own();
        editor.Set(FieldNames.Name, "Kahvila Öljy");
        backend.Drafts.Save(editor.Service.Session.BusinessId, editor.DraftKey!, editor.SerializeDraft()!);
        var reopened = new BusinessEditorModel(editor.Service, editor.Original);

        // When
        reopened.OfferKeptDraft();
        reopened.Answer(false);

        // Then
        reopened.Profile[FieldNames.Name].Value.ShouldBe("Kahvila Aalto");
        backend.Drafts.Load(editor.Service.Session.BusinessId, editor.DraftKey!).ShouldBeNull();
    }

    [Fact]
    public void A_Half_Typed_Channel_Alone_Should_Make_A_Draft()
    {
        // Given
        var (_, editor) = Own();

        // When
        editor.AddChannel();
        editor.SetChannelField(FieldNames.ChannelName, "@uusi");

        // Then
        editor.SerializeDraft().ShouldNotBeNull().ShouldContain("@uusi");
    }

    [Fact]
    public void A_Clean_Editor_Should_Have_No_Draft()
    {
        // Given
        var (_, editor) = Own();

        // Then
        editor.SerializeDraft().ShouldBeNull();
        editor.DraftKey.ShouldBe($"business-editor:{editor.Original!.Id}");
    }

    [Fact]
    public void The_Coordinator_Should_Register_A_New_Business()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var editor = new BusinessEditorModel(new PlannerService(backend, Session.Coordinator), null);

        // When
        editor.Set(FieldNames.Name, "Pyöräkorjaamo Ääriviiva");
        editor.Set(FieldNames.Industry, "56101");
        editor.Set(FieldNames.Municipality, "698");
        editor.Set(FieldNames.Age(0), "50");
        editor.Set(FieldNames.Age(1), "50");
        var saved = editor.Save();

        // Then
        saved.ShouldNotBeNull();
        backend.Writes.Select(w => w.Operation).ShouldBe(["AddBusiness"]);
        var added = backend.Named("Pyöräkorjaamo Ääriviiva");
        added.Industry.Code.ShouldBe("56101");
        added.Audience.Ages.Weights.ShouldBe([0.5, 0.5, 0, 0, 0, 0, 0]);
        editor.IsNew.ShouldBeFalse();
    }

    [Fact]
    public void Age_Bands_Not_Totalling_100_Should_Block_Saving()
    {
        // Given
        var (backend, editor) = Own();

        // When: the first band goes from 10 to 30 (total 120)
        editor.Set(FieldNames.Age(0), "30");
        editor.Save();

        // Then
        backend.Writes.ShouldBeEmpty();
        editor.AgeTotalError.ShouldBe("Age bands total 120 %; they must total 100 %.");
        editor.Message.ShouldBe("Age bands total 120 %; they must total 100 %.");
        editor.Section.ShouldBe(EditorSection.Audience);
    }

    [Fact]
    public void Normalise_Should_Scale_The_Bands_To_100()
    {
        // Given
        var (_, editor) = Own();
        editor.Set(FieldNames.Age(0), "30");

        // When
        editor.Normalise();

        // Then
        BusinessFields.AgeValues(editor.Audience).ShouldBe([25, 10, 20, 18, 12, 8, 7]);
        editor.AgeTotalError.ShouldBeNull();
    }

    [Fact]
    public void A_Band_Should_Accept_Only_Whole_Percentages()
    {
        // Given
        var (_, editor) = Own();

        // When
        editor.Set(FieldNames.Age(0), "1x");

        // Then
        editor.Audience[FieldNames.Age(0)].Error.ShouldBe("A whole percentage 0–100.");
    }

    [Fact]
    public void Audience_Should_Be_Saved_With_Served_Areas_Free_Tags_And_Months()
    {
        // Given
        var (backend, editor) = Own();

        // When
        editor.Set(FieldNames.FreeTags, "sauna");
        editor.Replace(editor.Audience.Get<MultiPickInput>(FieldNames.Served).Toggle("148"));
        editor.Replace(editor.Audience.Get<MultiPickInput>(FieldNames.Interests).Toggle("families"));
        editor.Replace(editor.Audience.Get<MonthsInput>(FieldNames.Months).Toggle(1).Toggle(3));
        editor.Save().ShouldNotBeNull();

        // Then
        var audience = backend.Named("Kahvila Aalto").Audience;
        audience.Interests.Select(t => t.Value).ShouldContain("sauna");
        audience.Interests.Select(t => t.Value).ShouldNotContain("families");
        audience.Municipalities.Select(m => m.Value).ShouldContain("148");
        audience.Months.Contains(1).ShouldBeFalse();
        audience.Months.Contains(2).ShouldBeTrue();
        audience.Months.Contains(3).ShouldBeFalse();
    }

    [Theory]
    [InlineData("1 234,50", 123450)]
    [InlineData("1234.50", 123450)]
    [InlineData("80", 8000)]
    [InlineData("", 0)]
    public void A_Channel_Should_Be_Added_With_Cost_In_Finnish_Or_English_Format(string cost, long cents)
    {
        // Given
        var (_, editor) = Own();
        var before = editor.Channels.Length;

        // When
        editor.AddChannel();
        editor.SetChannelField(FieldNames.ChannelKind, ((int)ChannelKind.Instagram).ToString(System.Globalization.CultureInfo.InvariantCulture));
        editor.SetChannelField(FieldNames.ChannelName, "@pöllö");
        editor.SetChannelField(FieldNames.ChannelSize, "4200");
        editor.SetChannelField(FieldNames.ChannelEngagement, "3,5");
        editor.SetChannelField(FieldNames.ChannelCost, cost);
        var accepted = editor.AcceptChannel();

        // Then
        accepted.ShouldBeTrue();
        editor.ChannelForm.ShouldBeNull();
        editor.Channels.Length.ShouldBe(before + 1);
        editor.Channels[^1].ShouldBe(new Channel(ChannelKind.Instagram, "@pöllö", 4200, 0.035, Money.FromCents(cents)));
    }

    [Theory]
    [InlineData("12,345")]
    [InlineData("abc")]
    public void A_Bad_Cost_Should_Keep_The_Channel_Form_Open_With_A_Message(string cost)
    {
        // Given
        var (_, editor) = Own();
        editor.AddChannel();

        // When
        editor.SetChannelField(FieldNames.ChannelCost, cost);
        var accepted = editor.AcceptChannel();

        // Then
        accepted.ShouldBeFalse();
        var field = editor.ChannelForm.ShouldNotBeNull().Fields[FieldNames.ChannelCost];
        field.Touched.ShouldBeTrue();
        field.Error.ShouldBe("An amount like 1 234,50 or 1234.50.");
    }

    [Fact]
    public void Removing_A_Channel_Should_Ask_First()
    {
        // Given: Kahvila Aalto has three channels
        var (_, editor) = Own();

        // When: asked, and "no"
        editor.AskRemoveChannel(0);
        editor.QuestionText.ShouldBe("Remove the channel @kahvila.aalto?");
        editor.Answer(false);

        // Then
        editor.Channels.Length.ShouldBe(3);

        // When: asked again, and "yes"
        editor.AskRemoveChannel(0);
        editor.Answer(true);

        // Then
        editor.Channels.Select(c => c.Kind).ShouldBe([ChannelKind.Facebook, ChannelKind.Website]);
    }

    [Fact]
    public void Editing_A_Channel_Should_Replace_It_And_Save()
    {
        // Given
        var (backend, editor) = Own();

        // When
        editor.EditChannel(1);
        editor.SetChannelField(FieldNames.ChannelSize, "5000");
        editor.Save().ShouldNotBeNull();

        // Then
        backend.Named("Kahvila Aalto").Channels[1].AudienceSize.ShouldBe(5000);
    }

    [Fact]
    public void Channel_Kinds_Should_All_Have_Labels()
    {
        // Then
        Enum.GetValues<ChannelKind>().Select(kind => ChannelForm.KindLabel(kind, TuiTexts.Finnish)).ShouldAllBe(label => !label.StartsWith('['));
    }
}
