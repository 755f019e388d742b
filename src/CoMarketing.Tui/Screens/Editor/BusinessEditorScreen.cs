using System.Collections.Immutable;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Widgets;
using Spectre.Console.Rendering;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>
/// The business editor: Profile, Audience and Channels tabs over one business (or a new one). Nothing is saved until
/// every field is valid and the age bands total 100 %; Ctrl+S saves through <see cref="PlannerService"/>, which refuses
/// what the session may not change; Esc with unsaved changes asks first.
/// </summary>
public sealed partial record BusinessEditorScreen : IScreen, IHasDraft
{
    public BusinessEditorScreen(PlannerService service, Business? business, TuiTexts texts, Func<Business, IScreen>? refreshParent = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(texts);
        Service = service;
        Original = business;
        Texts = texts;
        RefreshParent = refreshParent;
        var fields = new BusinessFields(service.Backend.Reference, texts);
        ShowsPrivate = business is null || business.Id == 0 || service.Session.CanSeePrivate(business.Id);
        Profile = fields.Profile(business, ShowsPrivate);
        Audience = fields.Audience(business?.Audience);
        Channels = business?.Channels ?? [];
        Baseline = Draft;
    }

    public PlannerService Service { get; }

    /// <summary>The business as opened or last saved; null while registering a new one.</summary>
    public Business? Original { get; private init; }

    public TuiTexts Texts { get; }

    /// <summary>Rebuilds the screen that opened the editor after a save, so its list shows the change.</summary>
    public Func<Business, IScreen>? RefreshParent { get; }

    /// <summary>Whether contact details and notes are shown (and edited): the business itself and the coordinator only.</summary>
    public bool ShowsPrivate { get; }

    public EditorSection Section { get; private init; }

    public FieldGroup Profile { get; private init; }

    public FieldGroup Audience { get; private init; }

    public ImmutableArray<Channel> Channels { get; private init; }

    /// <summary>The selected channel in the Channels tab, -1 when there is none.</summary>
    public int ChannelSelected { get; private init; }

    /// <summary>The channel being added or edited, or null.</summary>
    public ChannelForm? ChannelForm { get; private init; }

    public ConfirmDialog? Confirm { get; private init; }

    public EditorQuestion Question { get; private init; }

    /// <summary>The draft text of the business as opened or last saved.</summary>
    public string Baseline { get; private init; }

    public bool IsNew => Original is null || Original.Id == 0;

    /// <summary>Every field's value and the channels as one text (see <see cref="EditorDraft"/>).</summary>
    public string Draft => EditorDraft.Write(Profile, Audience, Channels);

    public bool IsDirty => Draft != Baseline || ChannelForm is not null;

    public string? AgeTotalError => new BusinessFields(Service.Backend.Reference, Texts).AgeTotalError(Audience);

    public string GetTitle(ScreenContext context) =>
        IsNew ? Texts.Get("EdTitleNew") : Texts.Format("EdTitle", Original!.Name);

    public string? GetStatus(ScreenContext context) => IsDirty ? Texts.Get("EdUnsaved") : null;

    /// <summary>The editor showing <paramref name="section"/> (a new member goes straight to its audience).</summary>
    public BusinessEditorScreen InSection(EditorSection section) => this with { Section = section };

    /// <summary>The editor with the input of <paramref name="draft"/> (kept at a kiosk time-out) put back.</summary>
    public BusinessEditorScreen WithDraft(string draft)
    {
        var (values, channels) = EditorDraft.Read(draft);
        var profile = Profile;
        var audience = Audience;
        foreach (var (name, value) in values)
        {
            if (profile.Fields.Any(f => f.Name == name))
            {
                profile = profile.With(profile[name].WithValue(value));
            }
            else if (audience.Fields.Any(f => f.Name == name))
            {
                audience = audience.With(audience[name].WithValue(value));
            }
        }

        return this with { Profile = profile, Audience = audience, Channels = [.. channels], ChannelSelected = channels.Count == 0 ? -1 : 0 };
    }

    public ScreenResult Handle(KeyPress key, ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Confirm is not null)
        {
            return Answer(key);
        }

        if (key.IsCtrl('s'))
        {
            return Save();
        }

        if (SectionFor(key) is { } section)
        {
            return ScreenResult.Stay(this with { Section = section });
        }

        if (Section == EditorSection.Channels)
        {
            return HandleChannels(key);
        }

        if (Section == EditorSection.Audience && key.IsCtrl('n'))
        {
            return ScreenResult.Stay(Normalised());
        }

        var group = Section == EditorSection.Profile ? Profile : Audience;
        if (group.TryHandle(key, out var next))
        {
            return ScreenResult.Stay(Section == EditorSection.Profile ? this with { Profile = next } : this with { Audience = next });
        }

        return key.Is(Key.Escape) ? Leave() : ScreenResult.Unhandled(this);
    }

    public IRenderable Render(ScreenContext context) => BusinessEditorView.Render(this, context);

    private EditorSection? SectionFor(KeyPress key) => key switch
    {
        _ when key.Is(Key.F2) => EditorSection.Profile,
        _ when key.Is(Key.F3) => EditorSection.Audience,
        _ when key.Is(Key.F4) => EditorSection.Channels,
        _ when key.Is(Key.PageDown) && ChannelForm is null && !IsListFocused() => (EditorSection)(((int)Section + 1) % 3),
        _ when key.Is(Key.PageUp) && ChannelForm is null && !IsListFocused() => (EditorSection)(((int)Section + 2) % 3),
        _ => null,
    };

    private bool IsListFocused() => Section switch
    {
        EditorSection.Profile => Profile.Current is PickerInput or MultiPickInput,
        EditorSection.Audience => Audience.Current is PickerInput or MultiPickInput,
        _ => false,
    };

    private BusinessEditorScreen Normalised()
    {
        var percents = AgePercents.Normalise(BusinessFields.AgeValues(Audience));
        var audience = Audience;
        for (var band = 0; band < percents.Length; band++)
        {
            audience = audience.With(audience[FieldNames.Age(band)].WithValue(percents[band].ToString(Texts.Culture)));
        }

        return this with { Audience = audience };
    }

    private ScreenResult Leave()
    {
        if (!IsDirty)
        {
            return ScreenResult.Pop(this);
        }

        return ScreenResult.Stay(this with { Confirm = new ConfirmDialog(Texts.Get("EdConfirmLeave")), Question = EditorQuestion.Leave });
    }

    private ScreenResult Answer(KeyPress key)
    {
        Confirm!.TryHandle(key, out var dialog);
        if (dialog.Outcome == ConfirmOutcome.Pending)
        {
            return ScreenResult.Stay(this);
        }

        var closed = this with { Confirm = null, Question = EditorQuestion.None };
        if (dialog.Outcome == ConfirmOutcome.No)
        {
            if (Question == EditorQuestion.RestoreDraft)
            {
                DeleteKeptDraft();
            }

            return ScreenResult.Stay(closed);
        }

        return Question switch
        {
            EditorQuestion.Leave => ScreenResult.Pop(closed),
            EditorQuestion.RemoveChannel => ScreenResult.Stay(closed.RemoveSelectedChannel()),
            EditorQuestion.RestoreDraft => ScreenResult.Stay(closed.RestoreKeptDraft()),
            _ => ScreenResult.Stay(closed),
        };
    }
}
