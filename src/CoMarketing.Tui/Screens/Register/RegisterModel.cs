using System.Collections.Immutable;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Editor;

namespace CoMarketing.Tui.Screens.Register;

/// <summary>
/// Registering a new business without a terminal: name, the optional business ID (Y-tunnus, checked by Core and worded
/// in the planner's language), industry and municipality from the same pickers as the editor, customers, and a PIN typed
/// twice (4–8 digits, not trivially weak). Nothing is saved until all of it is valid; then the business is added, its
/// PIN set and (unless the coordinator registers it) the new member signed in. Typed input except the PIN is a draft
/// the kiosk keeps at a time-out and <see cref="OfferKeptDraft"/> offers back.
/// </summary>
public sealed class RegisterModel : IHasDraft
{
    public const string PinField = "pin";
    public const string PinAgainField = "pinAgain";
    public const string Key = "register";

    private readonly PlannerShell _shell;
    private readonly Dictionary<string, string> _pinErrors = new(StringComparer.Ordinal);
    private readonly string _baseline;

    public RegisterModel(PlannerShell shell)
    {
        ArgumentNullException.ThrowIfNull(shell);
        _shell = shell;
        var texts = shell.Texts;
        var fields = new BusinessFields(shell.Backend.Reference, texts);
        var validate = new EditorValidation(texts);
        var names = new Lazy<HashSet<string>>(() => shell.Backend.GetBusinesses().Select(b => b.Name).ToHashSet(StringComparer.OrdinalIgnoreCase));
        Fields = new FieldGroup(
        [
            TextInput.Of(FieldNames.Name, texts.Get("EdName"), "", text =>
                validate.Name(text) ?? (names.Value.Contains(text.Trim()) ? texts.Format(nameof(TuiTexts.ErrorNameTaken), text.Trim()) : null), EditorValidation.MaxNameLength),
            TextInput.Of(FieldNames.BusinessId, texts.Get("EdBusinessIdOptional"), "", validate.BusinessIdText, 9),
            new PickerInput(FieldNames.Industry, texts.Get("EdIndustry"), fields.Industries(), null, texts.Get("EdErrIndustry")),
            new PickerInput(FieldNames.Municipality, texts.Get("EdMunicipality"), fields.Municipalities([]), null, texts.Get("EdErrMunicipality")),
            new ChoiceInput(FieldNames.CustomerType, texts.Get("EdCustomerType"), [.. fields.CustomerTypes], (int)CustomerType.Consumers),
        ]);
        _baseline = Draft;
    }

    public TuiTexts Texts => _shell.Texts;

    public IPlannerBackend Backend => _shell.Backend;

    public FieldGroup Fields { get; private set; }

    public string Pin { get; set; } = "";

    public string PinAgain { get; set; } = "";

    /// <summary>The PIN fields' messages by <see cref="PinField"/>/<see cref="PinAgainField"/>.</summary>
    public IReadOnlyDictionary<string, string> PinErrors => _pinErrors;

    /// <summary>Why the last try did not register, for the message line; null when nothing is wrong.</summary>
    public string? Problem { get; private set; }

    /// <summary>The question waiting for an answer (continue a kept draft, or leave without saving), or null.</summary>
    public string? QuestionText { get; private set; }

    private EditorQuestion Question { get; set; }

    public string Draft => EditorDraft.Write(Fields.Fields);

    public bool IsDirty => Draft != _baseline;

    public string? DraftKey => Key;

    public string? SerializeDraft() => IsDirty ? Draft : null;

    public void Replace(IEditorField field) => Fields = Fields.With(field);

    public void Set(string name, string value) => Fields = Fields.Set(name, value);

    /// <summary>When a registration was kept at a time-out, asks whether to continue it; true when asked.</summary>
    public bool OfferKeptDraft()
    {
        if (Backend.Drafts.Load(Owner, Key) is null)
        {
            return false;
        }

        Question = EditorQuestion.RestoreDraft;
        QuestionText = Texts.Get("EdDraftOffer");
        return true;
    }

    /// <summary>True when the form may close now; otherwise asks first (typed input would be lost).</summary>
    public bool AskLeave()
    {
        if (!IsDirty)
        {
            return true;
        }

        Question = EditorQuestion.Leave;
        QuestionText = Texts.ConfirmDiscard;
        return false;
    }

    /// <summary>Answers the open question; true when the answer closes the form.</summary>
    public bool Answer(bool yes)
    {
        var question = Question;
        Question = EditorQuestion.None;
        QuestionText = null;
        if (question == EditorQuestion.Leave)
        {
            return yes;
        }

        if (question == EditorQuestion.RestoreDraft)
        {
            var draft = Backend.Drafts.Load(Owner, Key);
            Backend.Drafts.Delete(Owner, Key);
            if (yes && draft is not null)
            {
                foreach (var (name, value) in EditorDraft.Read(draft).Values)
                {
                    if (Fields.Has(name))
                    {
                        Fields = Fields.Set(name, value);
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Registers the business when every field and the PIN are valid; the registered business, or null with every
    /// message shown. The PIN fields are emptied after a try that got as far as the PIN.
    /// </summary>
    public Business? Register()
    {
        Fields = Fields.TouchAll();
        _pinErrors.Clear();
        if (Core.Kiosk.Pin.CheckNew(Pin) is { } rejection)
        {
            _pinErrors[PinField] = rejection.Message(BusinessFields.LanguageOf(Texts));
        }
        else if (Pin.Trim() != PinAgain.Trim())
        {
            _pinErrors[PinAgainField] = Texts.PinMismatch;
        }

        if (!Fields.IsValid || _pinErrors.Count > 0)
        {
            Problem = Texts.Get("EdErrFixFields");
            if (_pinErrors.Count > 0)
            {
                Pin = PinAgain = "";
            }

            return null;
        }

        try
        {
            var registered = _shell.Current.RegisterBusiness(NewBusiness());
            var member = _shell.Current.For(Session.Member(registered.Id));
            member.SetMemberPin(registered.Id, Pin.Trim());
            if (!_shell.Current.Session.IsCoordinator)
            {
                _shell.SignIn(member.Session);
            }

            Backend.Drafts.Delete(null, Key);
            Problem = null;
            return registered;
        }
        catch (DomainException error)
        {
            Problem = Texts.Format("EdNotSaved", Texts.Message(error));
            return null;
        }
    }

    /// <summary>"… is now a member. Welcome!"</summary>
    public string Welcome(Business registered)
    {
        ArgumentNullException.ThrowIfNull(registered);
        return Texts.Format(nameof(TuiTexts.Registered), registered.Name);
    }

    private long? Owner => _shell.Current.Session.BusinessId;

    private Business NewBusiness()
    {
        var municipality = MunicipalityCode.Parse(Fields[FieldNames.Municipality].Value);
        var idText = Fields[FieldNames.BusinessId].Value.Trim();
        var audience = new Audience(AgeDistribution.Uniform, [], ImmutableSortedSet.Create(municipality), ActiveMonths.AllYear, 0, false);
        return new Business(0, Fields[FieldNames.Name].Value.Trim(), idText.Length == 0 ? null : BusinessId.Parse(idText),
            IndustryCode.Parse(Fields[FieldNames.Industry].Value), [], municipality, null,
            (CustomerType)Fields.Get<ChoiceInput>(FieldNames.CustomerType).Index, ContactInfo.None, null, false, audience, []);
    }
}
