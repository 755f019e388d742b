using CoMarketing.Core.Common;

namespace CoMarketing.Core.Businesses;

/// <summary>
/// A Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit, e.g. <c>2077474-0</c>.
/// </summary>
/// <remarks>
/// The check digit: weights 7, 9, 10, 5, 8, 4, 2 on the seven digits; remainder of the sum modulo 11;
/// remainder 0 gives 0, remainder 1 is never issued (invalid), otherwise 11 − remainder.
/// A six-digit ID is padded with a leading zero, as the register does.
/// </remarks>
public readonly record struct BusinessId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    private BusinessId(string value) => Value = value;

    public string Value { get; }

    public static BusinessId Parse(string? text)
        => Read(text, out var id) is { } problem ? throw new DomainException(problem) : id;

    public static bool TryParse(string? text, out BusinessId id, out string error)
        => DomainProblem.IsNone(Read(text, out id), out error);

    private static DomainProblem? Read(string? text, out BusinessId id) => Check(text, out id) switch
    {
        BusinessIdProblem.None => null,
        BusinessIdProblem.AllZeros => DomainProblem.Of("BusinessIdAllZeros", text),
        BusinessIdProblem.CheckDigit => DomainProblem.Of("BusinessIdCheckDigit", text),
        _ => DomainProblem.Of("BusinessIdFormat", text),
    };

    /// <summary>Parses <paramref name="text"/> into <paramref name="id"/>; the result says what is wrong, for a message in any language.</summary>
    public static BusinessIdProblem Check(string? text, out BusinessId id)
    {
        id = default;
        var s = (text ?? string.Empty).Trim();
        var parts = s.Split('-');
        if (parts.Length != 2 || parts[0].Length is not (6 or 7) || parts[1].Length != 1
            || !parts[0].All(char.IsAsciiDigit) || !char.IsAsciiDigit(parts[1][0]))
        {
            return BusinessIdProblem.Format;
        }

        var digits = parts[0].PadLeft(7, '0');
        if (digits == "0000000")
        {
            return BusinessIdProblem.AllZeros;
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        var remainder = sum % 11;
        var expected = remainder switch
        {
            0 => 0,
            1 => -1,
            _ => 11 - remainder,
        };
        if (expected != parts[1][0] - '0')
        {
            return BusinessIdProblem.CheckDigit;
        }

        id = new BusinessId($"{digits}-{parts[1]}");
        return BusinessIdProblem.None;
    }

    public override string ToString() => Value ?? string.Empty;
}
