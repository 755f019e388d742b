using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Shell;

/// <summary>The idle return: a notice line for the countdown, and drafts kept before signing out.</summary>
public sealed partial class PlannerWindow
{
    private Label? _notice;

    /// <summary>The notice shown above the status bar (the idle countdown); null when none.</summary>
    public string? Notice => _notice?.Text;

    /// <summary>Shows <paramref name="text"/> above the status bar, or removes the notice when null.</summary>
    public void SetNotice(string? text)
    {
        if (text is null)
        {
            if (_notice is not null)
            {
                Remove(_notice);
                _notice.Dispose();
                _notice = null;
            }

            return;
        }

        if (_notice is null)
        {
            _notice = new Label { X = 0, Y = Pos.AnchorEnd(2), Width = Dim.Fill() };
            Add(_notice);
        }

        _notice.Text = text;
        SetNeedsDraw();
    }

    /// <summary>Keeps every open form's unsaved input as a draft of whoever is signed in, then shows the welcome screen.</summary>
    public void ReturnToWelcomeKeepingDrafts()
    {
        var owner = Shell.Current.Session.BusinessId;
        foreach (var form in _open.OfType<IHoldsDrafts>().SelectMany(view => view.Drafts))
        {
            if (form.DraftKey is { } key && form.SerializeDraft() is { } content)
            {
                Shell.Backend.Drafts.Save(owner, key, content);
            }
        }

        Welcome();
    }
}
