using CoMarketing.Core.Association;
using CoMarketing.Core.Audit;

namespace CoMarketing.Storage;

/// <summary>The association's settings: one record, created with <see cref="AssociationSettings.Default"/>.</summary>
public interface IAssociationRepository
{
    AssociationSettings Get();

    void Update(AssociationSettings settings, Actor actor);
}
