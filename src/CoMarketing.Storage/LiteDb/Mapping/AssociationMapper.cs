using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Finance;
using LiteDB;
using static CoMarketing.Storage.LiteDb.Mapping.BsonFields;

namespace CoMarketing.Storage.LiteDb.Mapping;

/// <summary>
/// The association's settings, the one document of <c>association</c> (<c>_id</c> 1). To add a field: one line in
/// <see cref="Write"/>, one in <see cref="Read"/> (with a default for documents written before it existed).
/// </summary>
internal static class AssociationMapper
{
    public const int Id = 1;

    public static BsonDocument Write(AssociationSettings s, BsonDocument document)
    {
        document["_id"] = Id;
        document["name"] = s.Name;
        document["currency"] = s.Currency;
        document["vatBp"] = BasisPoints(s.DefaultVatPercent);
        document["language"] = Name(s.Language);
        document["population"] = s.Population;
        document["smallTownMode"] = s.SmallTownMode;
        document["kioskIdleMinutes"] = s.KioskIdleMinutes;
        document["businessId"] = Text(s.BusinessId?.Value);
        document["iban"] = Text(s.Iban?.Value);
        document["paymentTermDays"] = s.PaymentTermDays;
        document["federationSharing"] = Name(s.FederationSharing);
        document["coordinatorPerson"] = Text(s.Coordinator.Person);
        document["coordinatorEmail"] = Text(s.Coordinator.Email);
        document["coordinatorPhone"] = Text(s.Coordinator.Phone);
        return document;
    }

    public static AssociationSettings Read(BsonDocument d)
    {
        var defaults = AssociationSettings.Default;
        return new AssociationSettings(
            RequiredText(d, "name"),
            OptionalText(d, "currency") ?? defaults.Currency,
            FromBasisPoints(d, "vatBp", defaults.DefaultVatPercent),
            ToEnum<Language>(d, "language"),
            (int)Int64(d, "population", defaults.Population),
            Boolean(d, "smallTownMode"),
            (int)Int64(d, "kioskIdleMinutes", defaults.KioskIdleMinutes))
        {
            BusinessId = OptionalText(d, "businessId") is { } id ? BusinessId.Parse(id) : null,
            Iban = OptionalText(d, "iban") is { } iban ? Iban.Parse(iban) : null,
            PaymentTermDays = (int)Int64(d, "paymentTermDays", defaults.PaymentTermDays),
            FederationSharing = OptionalText(d, "federationSharing") is null ? FederationSharing.None : ToEnum<FederationSharing>(d, "federationSharing"),
            Coordinator = new ContactInfo(OptionalText(d, "coordinatorPerson"), OptionalText(d, "coordinatorEmail"), OptionalText(d, "coordinatorPhone")),
        };
    }
}
