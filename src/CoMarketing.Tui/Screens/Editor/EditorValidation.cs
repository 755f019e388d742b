using System.Globalization;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Core.Reference;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Editor;

/// <summary>The editor's field checks, each giving a message in the planner's language or null when the text is fine.</summary>
public sealed class EditorValidation(TuiTexts texts)
{
    public const int MaxNameLength = 100;

    public TuiTexts Texts { get; } = texts ?? throw new ArgumentNullException(nameof(texts));

    public string? Name(string text) =>
        string.IsNullOrWhiteSpace(text) ? Texts.Get("EdErrNameRequired")
        : text.Trim().Length > MaxNameLength ? Texts.Format("EdErrNameTooLong", MaxNameLength, text.Trim().Length)
        : null;

    /// <summary>Y-tunnus: optional; when given, 1234567-8 with a right check digit.</summary>
    public string? BusinessIdText(string text) =>
        string.IsNullOrWhiteSpace(text) ? null : BusinessId.Check(text, out _) switch
        {
            BusinessIdProblem.None => null,
            BusinessIdProblem.CheckDigit => Texts.Get("EdErrBusinessIdCheck"),
            BusinessIdProblem.AllZeros => Texts.Get("EdErrBusinessIdZeros"),
            _ => Texts.Get("EdErrBusinessIdFormat"),
        };

    /// <summary>Core's reason why <paramref name="text"/> names no municipality, in the planner's language; null when it does.</summary>
    public string? Municipality(ReferenceData reference, string text)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.ResolveMunicipality(text, out _, out _) switch
        {
            MunicipalityProblem.None => null,
            MunicipalityProblem.Empty => Texts.Get("EdErrMunicipality"),
            MunicipalityProblem.BadCode => Texts.Format("EdErrMunicipalityCode", text.Trim()),
            _ => Texts.Format("EdErrMunicipalityUnknown", text.Trim()),
        };
    }

    public string? Email(string text) => Contact(() => new ContactInfo(null, text, null), "EdErrEmail");

    public string? Phone(string text) => Contact(() => new ContactInfo(null, null, text), "EdErrPhone");

    /// <summary>A whole percentage 0–100 (an empty band counts as 0).</summary>
    public string? Percent(string text) =>
        text.Trim().Length == 0 || (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 100)
            ? null
            : Texts.Get("EdErrPercent");

    public string? Count(string text) =>
        text.Trim().Length == 0 || TryCount(text, out _) ? null : Texts.Get("EdErrCount");

    /// <summary>An engagement rate in percent, 0–100, decimals with a comma or a point.</summary>
    public string? Engagement(string text) =>
        text.Trim().Length == 0 || (TryDecimal(text, out var value) && value is >= 0 and <= 100) ? null : Texts.Get("EdErrEngagement");

    public string? Amount(string text) =>
        text.Trim().Length == 0 || (Money.TryParse(text, out var money, out _) && !money.IsNegative) ? null : Texts.Get("EdErrAmount");

    /// <summary>Free interest tags separated by commas, each 1–40 characters.</summary>
    public string? Tags(string text)
    {
        foreach (var tag in SplitList(text))
        {
            try
            {
                InterestTag.Parse(tag);
            }
            catch (DomainException)
            {
                return Texts.Format("EdErrTag", tag);
            }
        }

        return null;
    }

    public static IEnumerable<string> SplitList(string text) =>
        (text ?? "").Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static bool TryCount(string text, out int value) =>
        int.TryParse((text ?? "").Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal),
            NumberStyles.None, CultureInfo.InvariantCulture, out value);

    public static bool TryDecimal(string text, out decimal value) =>
        decimal.TryParse((text ?? "").Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private string? Contact(Func<ContactInfo> create, string message)
    {
        try
        {
            create();
            return null;
        }
        catch (DomainException)
        {
            return Texts.Get(message);
        }
    }
}
