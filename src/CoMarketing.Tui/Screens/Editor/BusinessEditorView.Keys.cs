
namespace CoMarketing.Tui.Screens.Editor;

/// <summary>The editor's keys for the status bar and F1 help, depending on the section and what is open.</summary>
public sealed partial class BusinessEditorView
{
    public IReadOnlyList<KeyBinding> HintKeys
    {
        get
        {
            var t = Model.Texts;
            if (Question.Visible && Model.Question == EditorQuestion.SavedElsewhere)
            {
                return [new KeyBinding("k/y", t.Get("KeySaveYours")), new KeyBinding("e/n", t.Get("KeyReloadTheirs")), new KeyBinding("Esc", t.Get("KeyDecideLater"))];
            }

            if (Question.Visible)
            {
                return [new KeyBinding("k/y", t.Get("EdKeyYes")), new KeyBinding("e/n Esc", t.Get("EdKeyNo"))];
            }

            var keys = new List<KeyBinding>
            {
                new("Ctrl+S", t.KeySave),
                new("Tab", t.KeyNextField),
                new("F2-F4", t.Get("EdKeySection")),
            };
            if (Model.Section == EditorSection.Channels)
            {
                keys.AddRange(Model.ChannelForm is null
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
                keys.Add(new KeyBinding("←→ Space", t.Get("EdKeyChoose"), InFooter: false));
                keys.Add(new KeyBinding("↑↓ Enter", t.Get("EdKeyPick"), InFooter: false));
            }

            if (Model.Section == EditorSection.Audience)
            {
                keys.Add(new KeyBinding("Ctrl+N", t.Get("EdKeyNormalise")));
            }

            keys.Add(new KeyBinding("Shift+Tab", t.KeyPreviousField, InFooter: false));
            keys.Add(new KeyBinding("PgUp/PgDn", t.Get("EdKeySection"), InFooter: false));
            keys.Add(new KeyBinding("Esc", t.Get("EdKeyLeave"), InFooter: false));
            return keys;
        }
    }
}
