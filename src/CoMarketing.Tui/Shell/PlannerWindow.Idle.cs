using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Shell;

/// <summary>The idle return: a notice line for the countdown, and drafts kept before signing out.</summary>
public sealed partial class PlannerWindow
{
    private Label? _notice;
    private bool _notified;

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

    /// <summary>A message above the status bar until the next view opens (the idle countdown may replace it).</summary>
    public void Notify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        SetNotice(text);
        _notified = true;
    }

    /// <summary>Drops a message shown by <see cref="Notify"/> (a view opens or closes).</summary>
    private void ClearNotification()
    {
        if (_notified)
        {
            _notified = false;
            SetNotice(null);
        }
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
