using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Shell;

/// <summary>A view with forms whose unsaved input the kiosk keeps as drafts when it returns to the welcome screen.</summary>
public interface IHoldsDrafts
{
    /// <summary>The open forms of the view.</summary>
    IEnumerable<IHasDraft> Drafts { get; }
}
