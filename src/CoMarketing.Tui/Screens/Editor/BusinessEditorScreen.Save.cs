using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>Saving: everything valid first, then one call to the service, which may refuse.</summary>
public sealed partial record BusinessEditorScreen
{
    private ScreenResult Save()
    {
        var editor = this;
        if (ChannelForm is { } form)
        {
            editor = AcceptChannel(form) ?? this with { ChannelForm = form with { Fields = form.Fields.TouchAll() } };
            if (editor.ChannelForm is not null)
            {
                return Refuse(editor with { Section = EditorSection.Channels }, Texts.Get("EdErrFixFields"));
            }
        }

        editor = editor with { Profile = editor.Profile.TouchAll(), Audience = editor.Audience.TouchAll() };
        if (!editor.Profile.IsValid)
        {
            return Refuse(editor with { Section = EditorSection.Profile }, Texts.Get("EdErrFixFields"));
        }

        if (!editor.Audience.IsValid || editor.AgeTotalError is not null)
        {
            return Refuse(editor with { Section = EditorSection.Audience }, editor.AgeTotalError ?? Texts.Get("EdErrFixFields"));
        }

        Business saved;
        try
        {
            var business = BusinessBuilder.Build(Original, editor.Profile, editor.Audience, editor.Channels);
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
        catch (DomainException exception)
        {
            return Refuse(editor, Texts.Format("EdNotSaved", exception.Message));
        }

        DeleteKeptDraft();
        var reopened = new BusinessEditorScreen(Service, saved, Texts, RefreshParent) { Section = editor.Section };
        var message = ScreenCommand.Message(Texts.Format("EdSaved", saved.Name), MessageKind.Success);
        if (RefreshParent is null)
        {
            return ScreenResult.With(reopened, message);
        }

        // The screen below (the business list) was built before the change: replace it, then reopen the editor on top.
        return ScreenResult.With(reopened, ScreenCommand.Pop(), ScreenCommand.Pop(), ScreenCommand.Push(RefreshParent(saved)),
            ScreenCommand.Push(reopened), message);
    }

    private static ScreenResult Refuse(BusinessEditorScreen editor, string message) =>
        ScreenResult.Message(editor, message, MessageKind.Error);
}
