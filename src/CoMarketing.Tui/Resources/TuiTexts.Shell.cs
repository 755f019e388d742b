namespace CoMarketing.Tui.Resources;

/// <summary>Texts of the planner shell: welcome, sign-in, registration and the overview.</summary>
public sealed partial class TuiTexts
{
    public string WelcomeTitle => Get(nameof(WelcomeTitle));

    public string WelcomeHint => Get(nameof(WelcomeHint));

    public string WelcomeEmpty => Get(nameof(WelcomeEmpty));

    public string MenuSignInMember => Get(nameof(MenuSignInMember));

    public string MenuSignInMemberHelp => Get(nameof(MenuSignInMemberHelp));

    public string MenuSignInCoordinator => Get(nameof(MenuSignInCoordinator));

    public string MenuSignInCoordinatorHelp => Get(nameof(MenuSignInCoordinatorHelp));

    public string MenuGuest => Get(nameof(MenuGuest));

    public string MenuGuestHelp => Get(nameof(MenuGuestHelp));

    public string MenuRegister => Get(nameof(MenuRegister));

    public string MenuRegisterHelp => Get(nameof(MenuRegisterHelp));

    public string MenuLoadDemo => Get(nameof(MenuLoadDemo));

    public string MenuLoadDemoHelp => Get(nameof(MenuLoadDemoHelp));

    public string MenuCreateAssociation => Get(nameof(MenuCreateAssociation));

    public string MenuCreateAssociationHelp => Get(nameof(MenuCreateAssociationHelp));

    public string MenuQuit => Get(nameof(MenuQuit));

    public string MenuQuitHelp => Get(nameof(MenuQuitHelp));

    public string DemoLoaded => Get(nameof(DemoLoaded));

    public string PickBusinessTitle => Get(nameof(PickBusinessTitle));

    public string PickBusinessHint => Get(nameof(PickBusinessHint));

    public string PinTitle => Get(nameof(PinTitle));

    public string PinPrompt => Get(nameof(PinPrompt));

    public string PinHint => Get(nameof(PinHint));

    public string PinWrongAttemptsLeft => Get(nameof(PinWrongAttemptsLeft));

    public string PinWrong => Get(nameof(PinWrong));

    public string PinWrongWait => Get(nameof(PinWrongWait));

    public string PinTooSoon => Get(nameof(PinTooSoon));

    public string PinLocked => Get(nameof(PinLocked));

    public string PinNextAttempt => Get(nameof(PinNextAttempt));

    public string PinNotSet => Get(nameof(PinNotSet));

    public string PinFormat => Get(nameof(PinFormat));

    public string PinMismatch => Get(nameof(PinMismatch));

    public string PinRepeat => Get(nameof(PinRepeat));

    public string PinChoose => Get(nameof(PinChoose));

    public string KeySignIn => Get(nameof(KeySignIn));

    public string KeyErase => Get(nameof(KeyErase));

    public string KeyNext => Get(nameof(KeyNext));

    public string KeyCancel => Get(nameof(KeyCancel));

    public string KeySearch => Get(nameof(KeySearch));

    public string Coordinator => Get(nameof(Coordinator));

    public string RegisterTitle => Get(nameof(RegisterTitle));

    public string RegisterStep => Get(nameof(RegisterStep));

    public string RegisterStepDetails => Get(nameof(RegisterStepDetails));

    public string RegisterStepIndustry => Get(nameof(RegisterStepIndustry));

    public string RegisterStepPin => Get(nameof(RegisterStepPin));

    public string FieldName => Get(nameof(FieldName));

    public string FieldIndustry => Get(nameof(FieldIndustry));

    public string FieldMunicipality => Get(nameof(FieldMunicipality));

    public string FieldCustomerType => Get(nameof(FieldCustomerType));

    public string FieldContact => Get(nameof(FieldContact));

    public string FieldChannels => Get(nameof(FieldChannels));

    public string CustomerConsumers => Get(nameof(CustomerConsumers));

    public string CustomerBusinesses => Get(nameof(CustomerBusinesses));

    public string CustomerBoth => Get(nameof(CustomerBoth));

    public string ErrorNameRequired => Get(nameof(ErrorNameRequired));

    public string ErrorNameTaken => Get(nameof(ErrorNameTaken));

    public string ErrorCustomerType => Get(nameof(ErrorCustomerType));

    public string IndustrySearchHint => Get(nameof(IndustrySearchHint));

    public string IndustryChosen => Get(nameof(IndustryChosen));

    public string Registered => Get(nameof(Registered));

    public string ConfirmDiscard => Get(nameof(ConfirmDiscard));

    public string DraftOffer => Get(nameof(DraftOffer));

    public string CreateAssociationTitle => Get(nameof(CreateAssociationTitle));

    public string FieldAssociationName => Get(nameof(FieldAssociationName));

    public string FieldPopulation => Get(nameof(FieldPopulation));

    public string ErrorAssociationName => Get(nameof(ErrorAssociationName));

    public string ErrorPopulation => Get(nameof(ErrorPopulation));

    public string AssociationCreated => Get(nameof(AssociationCreated));

    public string OverviewTitle => Get(nameof(OverviewTitle));

    public string OverviewMembers => Get(nameof(OverviewMembers));

    public string OverviewCampaigns => Get(nameof(OverviewCampaigns));

    public string OverviewUpcoming => Get(nameof(OverviewUpcoming));

    public string OverviewNothingUpcoming => Get(nameof(OverviewNothingUpcoming));

    public string StatusDraft => Get(nameof(StatusDraft));

    public string StatusPlanned => Get(nameof(StatusPlanned));

    public string StatusRunning => Get(nameof(StatusRunning));

    public string StatusFinished => Get(nameof(StatusFinished));

    public string KindHoliday => Get(nameof(KindHoliday));

    public string KindSeason => Get(nameof(KindSeason));

    public string KindEvent => Get(nameof(KindEvent));

    public string KindCampaign => Get(nameof(KindCampaign));

    public string MenuBusinesses => Get(nameof(MenuBusinesses));

    public string MenuBusinessesHelp => Get(nameof(MenuBusinessesHelp));

    public string MenuMyBusiness => Get(nameof(MenuMyBusiness));

    public string MenuMyBusinessHelp => Get(nameof(MenuMyBusinessHelp));

    public string MenuSignOut => Get(nameof(MenuSignOut));

    public string MenuSignOutHelp => Get(nameof(MenuSignOutHelp));

    public string Guest => Get(nameof(Guest));

    public string SignedIn => Get(nameof(SignedIn));

    public string ProfileTitle => Get(nameof(ProfileTitle));
}
