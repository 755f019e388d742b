namespace CoMarketing.Storage;

/// <summary>
/// A save was based on a version of a business or campaign that someone else has changed since it was opened
/// (another kiosk, the coordinator's machine, a command): nothing was saved. The planner offers to reload (read it
/// again with <c>Get</c>, losing the edits) or to keep the edits (read it again, then save the edited copy over it).
/// </summary>
public sealed class ChangedElsewhereException : Exception
{
    public ChangedElsewhereException(string what, long id, long basedOn, long current)
        : base($"{what} was changed by someone else since you opened it (you opened version {basedOn}, it is now version {current}); nothing was saved. Reload it to see the change, then make yours again.")
    {
        What = what;
        Id = id;
        BasedOn = basedOn;
        Current = current;
    }

    public ChangedElsewhereException()
        : base("It was changed by someone else since you opened it; nothing was saved.")
    {
        What = string.Empty;
    }

    public ChangedElsewhereException(string message)
        : base(message)
    {
        What = string.Empty;
    }

    public ChangedElsewhereException(string message, Exception innerException)
        : base(message, innerException)
    {
        What = string.Empty;
    }

    /// <summary>What was refused, in words: "Business 'Kahvila' (id 3)".</summary>
    public string What { get; }

    /// <summary>The store id of the business or campaign.</summary>
    public long Id { get; }

    /// <summary>The version the save was based on.</summary>
    public long BasedOn { get; }

    /// <summary>The version now stored.</summary>
    public long Current { get; }
}
