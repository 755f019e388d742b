using System.Collections.Immutable;
using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Reference;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>Builds the editor's Profile and Audience fields from a business, in the planner's language.</summary>
public sealed class BusinessFields(ReferenceData reference, TuiTexts texts)
{
    private readonly EditorValidation _validate = new(texts);

    public ReferenceData Reference { get; } = reference ?? throw new ArgumentNullException(nameof(reference));

    public TuiTexts Texts { get; } = texts ?? throw new ArgumentNullException(nameof(texts));

    public Language Language => LanguageOf(Texts);

    public static Language LanguageOf(TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Refusals.LanguageOf(texts.Culture);
    }

    public IReadOnlyList<string> CustomerTypes =>
        [Texts.Get("EdCustomerConsumers"), Texts.Get("EdCustomerBusinesses"), Texts.Get("EdCustomerBoth")];

    /// <summary>The industry classes, named in the planner's language and found by either language's name.</summary>
    public IReadOnlyList<PickOption> Industries() =>
        [.. Reference.Industries.Select(i => new PickOption(i.Code.Code, i.Name(Language), i.Name(Other)))];

    /// <summary>The other language of the two (its names are searched too).</summary>
    public Language Other => Language == Language.Finnish ? Language.English : Language.Finnish;

    /// <summary>The reference municipalities, plus any <paramref name="extra"/> codes the list lacks (kept, not lost).</summary>
    public IReadOnlyList<PickOption> Municipalities(IEnumerable<MunicipalityCode> extra)
    {
        var known = Reference.Municipalities.Select(m => new PickOption(m.Code.Value, m.Name, m.NameSv ?? "")).ToList();
        var codes = known.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        known.AddRange(extra.Where(c => c.Value is not null && !codes.Contains(c.Value)).Distinct().Select(c => new PickOption(c.Value, c.Value)));
        return known;
    }

    public IReadOnlyList<PickOption> Interests() =>
        [.. Reference.Interests.Select(i => new PickOption(i.Tag.Value, i.Label(Language), i.Label(Other)))];

    public FieldGroup Profile(Business? business, bool showPrivate)
    {
        var t = Texts;
        var fields = new List<IEditorField>
        {
            TextInput.Of(FieldNames.Name, t.Get("EdName"), business?.Name ?? "", _validate.Name),
            TextInput.Of(FieldNames.BusinessId, t.Get("EdBusinessId"), business?.BusinessId?.Value ?? "", _validate.BusinessIdText, 9),
            new PickerInput(FieldNames.Industry, t.Get("EdIndustry"), Industries(), business?.Industry.Code, t.Get("EdErrIndustry")),
            new PickerInput(FieldNames.Municipality, t.Get("EdMunicipality"), Municipalities(business is null ? [] : [business.Municipality]),
                business?.Municipality.Value, t.Get("EdErrMunicipality")),
            new ChoiceInput(FieldNames.CustomerType, t.Get("EdCustomerType"), [.. CustomerTypes], (int)(business?.CustomerType ?? CustomerType.Consumers)),
            TextInput.Of(FieldNames.Offerings, t.Get("EdOfferings"), string.Join(", ", business?.Offerings ?? [])),
        };
        if (showPrivate)
        {
            fields.Add(TextInput.Of(FieldNames.ContactPerson, t.Get("EdContactPerson"), business?.Contact.Person ?? ""));
            fields.Add(TextInput.Of(FieldNames.Email, t.Get("EdEmail"), business?.Contact.Email ?? "", _validate.Email));
            fields.Add(TextInput.Of(FieldNames.Phone, t.Get("EdPhone"), business?.Contact.Phone ?? "", _validate.Phone));
            fields.Add(TextInput.Of(FieldNames.Notes, t.Get("EdNotes"), business?.Notes ?? "", maxLength: 500));
        }

        return new FieldGroup(fields);
    }

    public FieldGroup Audience(Audience? audience)
    {
        var t = Texts;
        var percents = audience is null ? new int[AgeBands.Count] : AgePercents.FromWeights(audience.Ages.Weights);
        var fields = new List<IEditorField>();
        for (var band = 0; band < AgeBands.Count; band++)
        {
            fields.Add(TextInput.Of(FieldNames.Age(band), AgeBands.Label((AgeBand)band),
                percents[band].ToString(CultureInfo.InvariantCulture), _validate.Percent, 3));
        }

        var interests = audience?.Interests ?? [];
        var freeTags = interests.Where(tag => !Reference.IsVocabularyInterest(tag)).Select(tag => tag.Value);
        var served = audience?.Municipalities ?? [];
        fields.Add(new MultiPickInput(FieldNames.Interests, t.Get("EdInterests"), Interests(), interests.Select(tag => tag.Value)));
        fields.Add(TextInput.Of(FieldNames.FreeTags, t.Get("EdFreeTags"), string.Join(", ", freeTags), _validate.Tags));
        fields.Add(new MultiPickInput(FieldNames.Served, t.Get("EdServed"), Municipalities(served), served.Select(code => code.Value)));
        fields.Add(new MonthsInput(FieldNames.Months, t.Get("EdMonths"), (audience?.Months ?? ActiveMonths.AllYear).Mask, t.Get("EdErrMonths")));
        fields.Add(TextInput.Of(FieldNames.Customers, t.Get("EdCustomers"),
            (audience?.CustomersPerMonth ?? 0).ToString(CultureInfo.InvariantCulture), _validate.Count, 9));
        fields.Add(new ChoiceInput(FieldNames.National, t.Get("EdNational"), [t.Get("EdNo"), t.Get("EdYes")], audience?.National == true ? 1 : 0));
        return new FieldGroup(fields);
    }

    /// <summary>The age percentages as typed (an empty or invalid band counts as 0).</summary>
    public static int[] AgeValues(FieldGroup audience)
    {
        ArgumentNullException.ThrowIfNull(audience);
        return [.. Enumerable.Range(0, AgeBands.Count).Select(band =>
            int.TryParse(audience[FieldNames.Age(band)].Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0)];
    }

    /// <summary>The message for the age total, or null when the bands total exactly 100.</summary>
    public string? AgeTotalError(FieldGroup audience)
    {
        var total = AgeValues(audience).Sum();
        return total == 100 ? null : Texts.Format("EdErrAgeTotal", total);
    }

    public static ImmutableArray<string> Split(string text) => [.. EditorValidation.SplitList(text)];
}
