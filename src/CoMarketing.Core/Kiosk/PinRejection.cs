using System.Globalization;
using CoMarketing.Core.Association;

namespace CoMarketing.Core.Kiosk;

/// <summary>A refused new PIN: the <see cref="PinProblem"/> and how many characters were typed, with the reason in words.</summary>
/// <remarks>The message never repeats what was typed, only its length, so it is safe to show and to log.</remarks>
public sealed record PinRejection(PinProblem Problem, int Length)
{
    /// <summary>Why the PIN was refused, in <paramref name="language"/>, in words a kiosk user can act on.</summary>
    public string Message(Language language) => language == Language.Finnish ? Finnish() : English();

    private string English() => Problem switch
    {
        PinProblem.Empty => $"Enter a PIN of {Pin.MinimumLength}–{Pin.MaximumLength} digits.",
        PinProblem.NotDigits => "A PIN may contain only the digits 0–9.",
        PinProblem.WrongLength => string.Create(CultureInfo.InvariantCulture, $"A PIN must be {Pin.MinimumLength}–{Pin.MaximumLength} digits long; this one has {Length}."),
        PinProblem.RepeatedDigit => "A PIN of one repeated digit (like 1111) is too easy to guess; choose another.",
        PinProblem.Sequence => "Digits counting up or down (like 1234 or 4321) are too easy to guess; choose another PIN.",
        _ => throw new InvalidOperationException($"{Problem} is not a reason to refuse a PIN."),
    };

    private string Finnish() => Problem switch
    {
        PinProblem.Empty => $"Anna {Pin.MinimumLength}–{Pin.MaximumLength}-numeroinen PIN-koodi.",
        PinProblem.NotDigits => "PIN-koodissa saa olla vain numeroita 0–9.",
        PinProblem.WrongLength => string.Create(CultureInfo.InvariantCulture, $"PIN-koodissa pitää olla {Pin.MinimumLength}–{Pin.MaximumLength} numeroa; tässä on {Length}."),
        PinProblem.RepeatedDigit => "Yhtä numeroa toistava PIN-koodi (kuten 1111) on liian helppo arvata; valitse toinen.",
        PinProblem.Sequence => "Peräkkäin nousevat tai laskevat numerot (kuten 1234 tai 4321) ovat liian helppo arvata; valitse toinen PIN-koodi.",
        _ => throw new InvalidOperationException($"{Problem} is not a reason to refuse a PIN."),
    };
}
