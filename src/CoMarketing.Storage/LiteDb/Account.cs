using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.LiteDb.Mapping;
using LiteDB;

namespace CoMarketing.Storage.LiteDb;

/// <summary>Where a kiosk account lives: an active member's business document, or the association document for the coordinator.</summary>
internal static class Account
{
    public static void Check(Actor account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (!(account.Kind == ActorKind.Member && account.BusinessId is not null) && account.Kind != ActorKind.Coordinator)
        {
            throw new ArgumentException($"Only a member or the coordinator has a kiosk account, not {account}.", nameof(account));
        }
    }

    public static Found? Find(LiteDatabase db, Actor account)
    {
        if (account.Kind == ActorKind.Coordinator)
        {
            var association = LiteAssociationRepository.Collection(db);
            return association.FindById(AssociationMapper.Id) is { } settings ? new Found(association, settings, "the coordinator") : null;
        }

        var businesses = LiteBusinessRepository.Collection(db);
        var document = businesses.FindById(account.BusinessId!.Value);
        return document is null || BsonFields.Boolean(document, "archived")
            ? null
            : new Found(businesses, document, $"business '{document["name"].AsString}' (id {account.BusinessId})");
    }

    public static Found Require(LiteDatabase db, Actor account)
        => Find(db, account) ?? throw DomainException.Of("NoActiveBusiness", account.BusinessId);

    public sealed record Found(ILiteCollection<BsonDocument> Collection, BsonDocument Document, string Name);
}
