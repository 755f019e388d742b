using CoMarketing.Core.Association;
using CoMarketing.Core.Common;
using CoMarketing.Core.Industries;

namespace CoMarketing.Core.Reference;

/// <summary>A TOL 2008 industry class from the reference list, with its official Finnish and English names.</summary>
/// <remarks><see cref="UnknownCode"/> (<c>00000</c>, "Toimiala tuntematon") is Statistics Finland's code for an unknown industry.</remarks>
public sealed record IndustryClass
{
    /// <summary>The code used when a business's industry is not known: <c>00000</c>.</summary>
    public static readonly IndustryCode UnknownCode = IndustryCode.Parse("00000");

    public IndustryClass(IndustryCode code, string nameFi, string nameEn)
    {
        if (string.IsNullOrWhiteSpace(nameFi) || string.IsNullOrWhiteSpace(nameEn))
        {
            throw new DomainException($"Industry {code} needs both a Finnish and an English name.");
        }

        Code = code;
        NameFi = nameFi.Trim();
        NameEn = nameEn.Trim();
    }

    public IndustryCode Code { get; }

    public string NameFi { get; }

    public string NameEn { get; }

    /// <summary>The name in the given language.</summary>
    public string Name(Language language) => language == Language.Finnish ? NameFi : NameEn;
}
