using CoMarketing.Core.Audit;

namespace CoMarketing.Storage;

/// <summary>
/// The seam between the program and where the association's data lives. The embedded LiteDB file
/// (<see cref="Store"/>) is one provider; a server provider implements the same contract, and the contract test
/// suite (<c>tests/CoMarketing.Storage.Tests/Contract</c>) runs against each.
/// </summary>
public interface IStore
{
    /// <summary>Where the data lives, in words a person can find it by (a full file path).</summary>
    string Path { get; }

    /// <summary>True when the data may only be read (the user made the file read-only); every change is refused.</summary>
    bool IsReadOnly { get; }

    IBusinessRepository Businesses { get; }

    IPairPreferenceRepository PairPreferences { get; }

    ICampaignRepository Campaigns { get; }

    IAssociationRepository Association { get; }

    IAuditLog Audit { get; }

    /// <summary>Kiosk PIN hashes, wrong-PIN counters and locks, and drafts of unsaved form input.</summary>
    IKioskRepository Kiosk { get; }

    /// <summary>The association's budget plan per month.</summary>
    IBudgetPlanRepository Budget { get; }

    /// <summary>What the other associations of the federation share (nothing on a single-association store).</summary>
    IFederationDirectory Federation { get; }

    /// <summary>The association's settings and member and campaign counts, without loading businesses.</summary>
    AssociationSummary Summary();

    /// <summary>A consistent copy of everything into a new file at <paramref name="targetPath"/>.</summary>
    void Backup(string targetPath);

    /// <summary>Replaces everything with the validated content of the backup at <paramref name="sourcePath"/>.</summary>
    void Restore(string sourcePath, Actor actor);

    /// <summary>Reads everything and returns each problem in words (empty when all is well).</summary>
    IReadOnlyList<string> Check();
}
