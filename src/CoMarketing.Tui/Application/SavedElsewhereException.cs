namespace CoMarketing.Tui.Application;

/// <summary>
/// Why a save was refused: another kiosk (or a command) saved the same business or campaign since this screen opened
/// it. It is the inner exception of the <c>DomainException</c> the planner throws, so a screen can tell it from other
/// refusals (<see cref="PlannerService.IsSavedElsewhere"/>) and offer to reload theirs or keep its own changes.
/// </summary>
public sealed class SavedElsewhereException : Exception
{
    public SavedElsewhereException(long id, long openedVersion, long storedVersion)
        : base($"Record {id} was saved elsewhere: opened at version {openedVersion}, stored at version {storedVersion}.")
    {
        Id = id;
        OpenedVersion = openedVersion;
        StoredVersion = storedVersion;
    }

    public SavedElsewhereException()
    {
    }

    public SavedElsewhereException(string message)
        : base(message)
    {
    }

    public SavedElsewhereException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The store id of the business or campaign.</summary>
    public long Id { get; }

    /// <summary>The version the screen opened (0 when not known).</summary>
    public long OpenedVersion { get; }

    /// <summary>The version stored now (0 when not known).</summary>
    public long StoredVersion { get; }
}
