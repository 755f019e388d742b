using System.Collections.Immutable;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>
/// The business editor's state without a terminal: Profile, Audience and Channels over one business (or a new one).
/// Nothing is saved until every field is valid and the age bands total 100 %; <see cref="Save"/> goes through
/// <see cref="PlannerService"/>, which refuses what the session may not change. Unsaved input (a half-typed channel too)
/// is a draft the kiosk keeps at a time-out and <see cref="OfferKeptDraft"/> offers back.
/// </summary>
public sealed class BusinessEditorModel : IHasDraft
{
    private readonly BusinessFields _fields;
    private int _removing = -1;

    public BusinessEditorModel(PlannerService service, Business? business)
    {
        ArgumentNullException.ThrowIfNull(service);
        Service = service;
        Texts = service.Texts;
        _fields = new BusinessFields(service.Backend.Reference, Texts);
        Load(business);
    }

    public PlannerService Service { get; }

    public TuiTexts Texts { get; }

    /// <summary>The business as opened or last saved; null while registering a new one.</summary>
    public Business? Original { get; private set; }

    /// <summary>Whether contact details and notes are shown (and edited): the business itself and the coordinator only.</summary>
    public bool ShowsPrivate { get; private set; }

    public EditorSection Section { get; set; }

    public FieldGroup Profile { get; private set; } = null!;

    public FieldGroup Audience { get; private set; } = null!;

    public ImmutableArray<Channel> Channels { get; private set; }

    /// <summary>The channel being added or edited, or null.</summary>
    public ChannelForm? ChannelForm { get; private set; }

    /// <summary>The yes/no question waiting for an answer, or <see cref="EditorQuestion.None"/>.</summary>
    public EditorQuestion Question { get; private set; }

    /// <summary>The question's words in the planner's language (null when none is asked).</summary>
    public string? QuestionText { get; private set; }

    /// <summary>The outcome of the last save or refusal, for the message line.</summary>
    public string? Message { get; private set; }

    public MessageKind MessageKind { get; private set; }

    /// <summary>The draft text of the business as opened or last saved.</summary>
    public string Baseline { get; private set; } = "";

    public bool IsNew => Original is null || Original.Id == 0;

    public string Title => IsNew ? Texts.Get("EdTitleNew") : Texts.Format("EdTitle", Original!.Name);

    /// <summary>Every field's value, the channels and a half-typed channel as one text (see <see cref="EditorDraft"/>).</summary>
    public string Draft => EditorDraft.Write(Profile, Audience, Channels, ChannelForm);

    public bool IsDirty => Draft != Baseline;

    public string? AgeTotalError => _fields.AgeTotalError(Audience);

    /// <summary>"business-editor:12"; a new business is "business-editor:new".</summary>
    public string? DraftKey => "business-editor:" + (IsNew ? "new" : Original!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public string? SerializeDraft() => IsDirty ? Draft : null;

    /// <summary>Forgets the last save's message (the person is typing again).</summary>
    public void ClearMessage() => Message = null;

    /// <summary>The field <paramref name="name"/> of the Profile or Audience section.</summary>
    public IEditorField Field(string name) => Profile.Has(name) ? Profile[name] : Audience[name];

    /// <summary>Puts <paramref name="field"/> in place of the Profile or Audience field of the same name.</summary>
    public void Replace(IEditorField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (Profile.Has(field.Name))
        {
            Profile = Profile.With(field);
        }
        else
        {
            Audience = Audience.With(field);
        }
    }

    /// <summary>Sets the Profile or Audience field <paramref name="name"/> to <paramref name="value"/>.</summary>
    public void Set(string name, string value) => Replace(Field(name).WithValue(value));

    /// <summary>Marks the field <paramref name="name"/> as left, so its message shows.</summary>
    public void Touch(string name) => Replace(Field(name).Touch());

    /// <summary>Scales the age bands to total 100 % (Ctrl+N).</summary>
    public void Normalise()
    {
        var percents = AgePercents.Normalise(BusinessFields.AgeValues(Audience));
        for (var band = 0; band < percents.Length; band++)
        {
            Audience = Audience.Set(FieldNames.Age(band), percents[band].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Opens the channel form for a new channel.</summary>
    public void AddChannel() => ChannelForm = ChannelForm.Create(null, -1, Texts);

    /// <summary>Opens the channel form over the channel at <paramref name="index"/>.</summary>
    public void EditChannel(int index)
    {
        if (index >= 0 && index < Channels.Length)
        {
            ChannelForm = ChannelForm.Create(Channels[index], index, Texts);
        }
    }

    public void SetChannelField(string name, string value)
    {
        if (ChannelForm is { } form)
        {
            ChannelForm = form.Set(name, value);
        }
    }

    /// <summary>Puts the form's channel in the list; false (and every message shown) while a value is not valid.</summary>
    public bool AcceptChannel()
    {
        if (ChannelForm is not { } form)
        {
            return true;
        }

        if (form.Fields.IsValid)
        {
            try
            {
                var channel = form.Build();
                Channels = form.IsNew ? Channels.Add(channel) : Channels.SetItem(form.Index, channel);
                ChannelForm = null;
                return true;
            }
            catch (DomainException error)
            {
                Refuse(Texts.Message(error));
            }
        }

        ChannelForm = form with { Fields = form.Fields.TouchAll() };
        return false;
    }

    public void CancelChannel() => ChannelForm = null;

    /// <summary>Asks before removing the channel at <paramref name="index"/>.</summary>
    public void AskRemoveChannel(int index)
    {
        if (index >= 0 && index < Channels.Length)
        {
            _removing = index;
            Ask(EditorQuestion.RemoveChannel, Texts.Format("EdConfirmRemoveChannel", Channels[index].Name));
        }
    }

    /// <summary>True when the editor may close now; otherwise asks first (unsaved changes).</summary>
    public bool AskLeave()
    {
        if (!IsDirty)
        {
            return true;
        }

        Ask(EditorQuestion.Leave, Texts.Get("EdConfirmLeave"));
        return false;
    }

    /// <summary>When a draft was kept for this business and this user, asks whether to continue it; true when asked.</summary>
    public bool OfferKeptDraft()
    {
        if (KeptDraft() is null)
        {
            return false;
        }

        Ask(EditorQuestion.RestoreDraft, Texts.Get("EdDraftOffer"));
        return true;
    }

    /// <summary>Leaves the open question unanswered (Esc on "yours or theirs?"): the input stays, nothing is saved or reloaded.</summary>
    public void DecideLater()
    {
        Question = EditorQuestion.None;
        QuestionText = null;
    }

    /// <summary>Answers the open question; true when the answer closes the editor (leave without saving).</summary>
    public bool Answer(bool yes)
    {
        var question = Question;
        Question = EditorQuestion.None;
        QuestionText = null;
        JustSaved = null;
        switch (question)
        {
            case EditorQuestion.SavedElsewhere when Original is { } opened:
                KeepOrReload(opened.Id, keep: yes);
                return false;
            case EditorQuestion.Leave:
                return yes;
            case EditorQuestion.RemoveChannel when yes && _removing >= 0 && _removing < Channels.Length:
                Channels = Channels.RemoveAt(_removing);
                break;
            case EditorQuestion.RestoreDraft when yes:
                var draft = KeptDraft();
                DeleteKeptDraft();
                if (draft is not null)
                {
                    WithDraft(draft);
                }

                break;
            case EditorQuestion.RestoreDraft:
                DeleteKeptDraft();
                break;
        }

        _removing = -1;
        return false;
    }

    /// <summary>
    /// After someone else saved the business: <paramref name="keep"/> saves this input over what they saved (every field
    /// this editor does not show stays theirs); otherwise opens what they saved and drops this input.
    /// </summary>
    private void KeepOrReload(long id, bool keep)
    {
        if (Service.GetBusiness(id) is not { } stored)
        {
            Refuse(Texts.Format("PermBusinessGone", id));
            return;
        }

        if (keep)
        {
            Original = stored; // the stored version: the save below goes over it (and is refused again if it moves on)
            Save();
            return;
        }

        var section = Section;
        Load(stored);
        Section = section;
        Message = Texts.Format("SavedElsewhereReloaded", stored.Name);
        MessageKind = MessageKind.Info;
    }

    /// <summary>Puts back the input of <paramref name="draft"/> (kept at a kiosk time-out), a half-typed channel too.</summary>
    public void WithDraft(string draft)
    {
        var content = EditorDraft.Read(draft);
        foreach (var (name, value) in content.Values)
        {
            if (Profile.Has(name))
            {
                Profile = Profile.Set(name, value);
            }
            else if (Audience.Has(name))
            {
                Audience = Audience.Set(name, value);
            }
        }

        Channels = [.. content.Channels];
        ChannelForm = null;
        if (content.ChannelFormIndex is { } index && index < Channels.Length)
        {
            var form = ChannelForm.Create(index >= 0 ? Channels[index] : null, index, Texts);
            foreach (var (name, value) in content.ChannelFormValues)
            {
                if (form.Fields.Has(name))
                {
                    form = form.Set(name, value);
                }
            }

            ChannelForm = form;
            Section = EditorSection.Channels;
        }
    }

    /// <summary>Saves when everything is valid; else shows every message and the section to fix. The saved business or null.</summary>
    public Business? Save()
    {
        if (ChannelForm is not null && !AcceptChannel())
        {
            Section = EditorSection.Channels;
            return Refuse(Texts.Get("EdErrFixFields"));
        }

        Profile = Profile.TouchAll();
        Audience = Audience.TouchAll();
        if (!Profile.IsValid)
        {
            Section = EditorSection.Profile;
            return Refuse(Texts.Get("EdErrFixFields"));
        }

        if (!Audience.IsValid || AgeTotalError is not null)
        {
            Section = EditorSection.Audience;
            return Refuse(AgeTotalError ?? Texts.Get("EdErrFixFields"));
        }

        Business saved;
        try
        {
            var business = BusinessBuilder.Build(Original, Profile, Audience, Channels);
            if (IsNew)
            {
                saved = Service.RegisterBusiness(business);
            }
            else
            {
                Service.UpdateBusiness(business);
                saved = Service.GetBusiness(business.Id) ?? business;
            }
        }
        catch (DomainException exception) when (PlannerService.IsSavedElsewhere(exception))
        {
            Ask(EditorQuestion.SavedElsewhere, Texts.Get("SavedElsewhereAsk"));
            return Refuse(Texts.Message(exception));
        }
        catch (DomainException exception)
        {
            return Refuse(Texts.Format("EdNotSaved", Texts.Message(exception)));
        }

        DeleteKeptDraft();
        var section = Section;
        Load(saved);
        Section = section;
        Message = Texts.Format("EdSaved", saved.Name);
        MessageKind = MessageKind.Success;
        JustSaved = saved;
        return saved;
    }

    /// <summary>The business saved by the last answer to a question (keeping these changes over someone else's), else null.</summary>
    public Business? JustSaved { get; private set; }

    private void Load(Business? business)
    {
        Original = business;
        ShowsPrivate = business is null || business.Id == 0 || Service.Session.CanSeePrivate(business.Id);
        Profile = _fields.Profile(business, ShowsPrivate);
        Audience = _fields.Audience(business?.Audience);
        Channels = business?.Channels ?? [];
        ChannelForm = null;
        Baseline = Draft;
    }

    private void Ask(EditorQuestion question, string text)
    {
        Question = question;
        QuestionText = text;
    }

    private Business? Refuse(string message)
    {
        Message = message;
        MessageKind = MessageKind.Error;
        return null;
    }

    private string? KeptDraft() => Service.Backend.Drafts.Load(Service.Session.BusinessId, DraftKey!);

    private void DeleteKeptDraft() => Service.Backend.Drafts.Delete(Service.Session.BusinessId, DraftKey!);
}
