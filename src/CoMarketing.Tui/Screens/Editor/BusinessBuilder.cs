using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Channels;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Industries;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>Turns valid editor fields into a <see cref="Business"/>; the domain's checks still run (and may throw).</summary>
public static class BusinessBuilder
{
    public static Business Build(Business? original, FieldGroup profile, FieldGroup audience, IEnumerable<Channel> channels)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(channels);
        var businessIdText = profile[FieldNames.BusinessId].Value.Trim();
        var contact = HasField(profile, FieldNames.Email)
            ? new ContactInfo(profile[FieldNames.ContactPerson].Value, profile[FieldNames.Email].Value, profile[FieldNames.Phone].Value)
            : original?.Contact ?? ContactInfo.None;
        var notes = HasField(profile, FieldNames.Notes) ? profile[FieldNames.Notes].Value : original?.Notes;
        return new Business(
            original?.Id ?? 0,
            profile[FieldNames.Name].Value,
            businessIdText.Length == 0 ? null : BusinessId.Parse(businessIdText),
            IndustryCode.Parse(profile[FieldNames.Industry].Value),
            BusinessFields.Split(profile[FieldNames.Offerings].Value),
            MunicipalityCode.Parse(profile[FieldNames.Municipality].Value),
            original?.Catchment,
            (CustomerType)((ChoiceInput)profile[FieldNames.CustomerType]).Index,
            contact,
            notes,
            original?.Archived ?? false,
            BuildAudience(original?.Audience, audience),
            channels)
        {
            Version = original?.Version ?? 0, // the version the editor opened: a save over someone else's is refused
        };
    }

    public static Audience BuildAudience(Audience? original, FieldGroup audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var percents = BusinessFields.AgeValues(audience);
        // Unchanged percentages keep the exact stored weights (1/3 is not 33 %).
        var ages = original is not null && AgePercents.FromWeights(original.Ages.Weights).SequenceEqual(percents)
            ? original.Ages
            : AgePercents.ToDistribution(percents);
        var interests = audience.Get<MultiPickInput>(FieldNames.Interests).Chosen
            .Concat(BusinessFields.Split(audience[FieldNames.FreeTags].Value))
            .Select(InterestTag.Parse);
        var served = audience.Get<MultiPickInput>(FieldNames.Served).Chosen.Select(MunicipalityCode.Parse);
        EditorValidation.TryCount(audience[FieldNames.Customers].Value, out var customers);
        return new Audience(
            ages,
            [.. interests],
            [.. served],
            new ActiveMonths(audience.Get<MonthsInput>(FieldNames.Months).Mask),
            customers,
            audience.Get<ChoiceInput>(FieldNames.National).Index == 1);
    }

    private static bool HasField(FieldGroup group, string name) => group.Fields.Any(field => field.Name == name);
}
