namespace CoMarketing.Tui.Screens.Editor;

/// <summary>The editor's keys for the footer and help, depending on the tab and what is open.</summary>
public sealed partial record BusinessEditorScreen
{
    public IReadOnlyList<KeyBinding> GetKeys(ScreenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var t = Texts;
        if (Confirm is not null)
        {
            return [new KeyBinding("k/y", t.Get("EdKeyYes")), new KeyBinding("e/n Esc", t.Get("EdKeyNo"))];
        }

        var keys = new List<KeyBinding>
        {
            new("Ctrl+S", t.KeySave),
            new("Tab", t.KeyNextField),
            new("F2-F4", t.Get("EdKeySection")),
        };
        if (Section == EditorSection.Channels)
        {
            keys.AddRange(ChannelForm is null
                ?
                [
                    new KeyBinding("a", t.Get("EdKeyAddChannel")),
                    new KeyBinding("Enter", t.Get("EdKeyEditChannel")),
                    new KeyBinding("d", t.Get("EdKeyRemoveChannel")),
                ]
                : [new KeyBinding("Enter", t.Get("EdKeyAcceptChannel")), new KeyBinding("Esc", t.Get("EdKeyCancelChannel"))]);
        }
        else
        {
            keys.Add(new KeyBinding(context.Unicode ? "←→" : "Left/Right", t.Get("EdKeyChoose"), InFooter: false));
            keys.Add(new KeyBinding("Space", t.Get("EdKeyToggle"), InFooter: false));
            keys.Add(new KeyBinding("Enter", t.Get("EdKeyPick"), InFooter: false));
        }

        if (Section == EditorSection.Audience)
        {
            keys.Add(new KeyBinding("Ctrl+N", t.Get("EdKeyNormalise")));
        }

        keys.Add(new KeyBinding("Shift+Tab", t.KeyPreviousField, InFooter: false));
        keys.Add(new KeyBinding("PgUp/PgDn", t.Get("EdKeySection"), InFooter: false));
        keys.Add(new KeyBinding("Esc", t.Get("EdKeyLeave"), InFooter: false));
        return keys;
    }
}
