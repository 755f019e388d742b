using CoMarketing.Core.Common;
using CoMarketing.Tui.Input;
using CoMarketing.Tui.Widgets;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>The Channels tab: a list; a adds, Enter edits, d or Delete removes (after a question).</summary>
public sealed partial record BusinessEditorScreen
{
    private ScreenResult HandleChannels(KeyPress key)
    {
        if (ChannelForm is { } form)
        {
            if (key.Is(Key.Enter))
            {
                return AcceptChannel(form) is { } accepted ? ScreenResult.Stay(accepted) : ScreenResult.Stay(this with { ChannelForm = form with { Fields = form.Fields.TouchAll() } });
            }

            if (key.Is(Key.Escape))
            {
                return ScreenResult.Stay(this with { ChannelForm = null });
            }

            return form.TryHandle(key, out var next) ? ScreenResult.Stay(this with { ChannelForm = next }) : ScreenResult.Unhandled(this);
        }

        var selected = ChannelSelected < 0 && Channels.Length > 0 ? 0 : ChannelSelected;
        return key switch
        {
            _ when key.Is('a') || key.Is('+') || key.Is(Key.Insert) =>
                ScreenResult.Stay(this with { ChannelForm = ChannelForm.Create(null, -1, Texts) }),
            _ when (key.Is(Key.Enter) || key.Is('e')) && selected >= 0 =>
                ScreenResult.Stay(this with { ChannelForm = ChannelForm.Create(Channels[selected], selected, Texts) }),
            _ when (key.Is('d') || key.Is(Key.Delete)) && selected >= 0 => ScreenResult.Stay(this with
            {
                ChannelSelected = selected,
                Confirm = new ConfirmDialog(Texts.Format("EdConfirmRemoveChannel", Channels[selected].Name)),
                Question = EditorQuestion.RemoveChannel,
            }),
            _ when (key.Is(Key.Up) || key.Is('k')) && Channels.Length > 0 => ScreenResult.Stay(this with { ChannelSelected = Math.Max(selected - 1, 0) }),
            _ when (key.Is(Key.Down) || key.Is('j')) && Channels.Length > 0 =>
                ScreenResult.Stay(this with { ChannelSelected = Math.Min(selected + 1, Channels.Length - 1) }),
            _ when key.Is(Key.Escape) => Leave(),
            _ => ScreenResult.Unhandled(this),
        };
    }

    /// <summary>The editor with the form's channel put in the list, or null when the form is not valid yet.</summary>
    private BusinessEditorScreen? AcceptChannel(ChannelForm form)
    {
        if (!form.Fields.IsValid)
        {
            return null;
        }

        try
        {
            var channel = form.Build();
            var channels = form.IsNew ? Channels.Add(channel) : Channels.SetItem(form.Index, channel);
            return this with { Channels = channels, ChannelForm = null, ChannelSelected = form.IsNew ? channels.Length - 1 : form.Index };
        }
        catch (DomainException)
        {
            return null;
        }
    }

    private BusinessEditorScreen RemoveSelectedChannel()
    {
        if (ChannelSelected < 0 || ChannelSelected >= Channels.Length)
        {
            return this;
        }

        var channels = Channels.RemoveAt(ChannelSelected);
        return this with { Channels = channels, ChannelSelected = Math.Min(ChannelSelected, channels.Length - 1) };
    }
}
