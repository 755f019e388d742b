using CoMarketing.Core.Association;
using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CoMarketing.Core.Tests.Kiosk;

public sealed class PinStrengthTests
{
    [Theory]
    [InlineData("1111", PinProblem.RepeatedDigit)]
    [InlineData("00000000", PinProblem.RepeatedDigit)]
    [InlineData("1234", PinProblem.Sequence)]
    [InlineData("4321", PinProblem.Sequence)]
    [InlineData("98765", PinProblem.Sequence)]
    [InlineData("01234567", PinProblem.Sequence)]
    [InlineData(" 6789 ", PinProblem.Sequence)]
    [InlineData("", PinProblem.Empty)]
    [InlineData(null, PinProblem.Empty)]
    [InlineData("12a4", PinProblem.NotDigits)]
    [InlineData("123", PinProblem.WrongLength)]
    [InlineData("123456789", PinProblem.WrongLength)]
    public void A_Weak_Or_Malformed_New_Pin_Should_Be_Refused_With_Its_Reason(string? text, PinProblem expected)
    {
        // When
        var rejection = Pin.CheckNew(text);

        // Then
        rejection.ShouldNotBeNull().Problem.ShouldBe(expected);
        Should.Throw<DomainException>(() => Pin.ParseNew(text)).Message.ShouldBe(rejection.Message(Language.English));
    }

    [Theory]
    [InlineData("2468")]
    [InlineData("1235")]
    [InlineData("8901")]
    [InlineData("1112")]
    [InlineData("97531864")]
    [InlineData("1212")]
    public void A_Pin_That_Is_Neither_Repeated_Nor_Counting_Should_Be_Accepted(string text)
    {
        Pin.CheckNew(text).ShouldBeNull();
        Pin.ParseNew(text).ShouldNotBeNull();
    }

    [Theory]
    [InlineData(PinProblem.RepeatedDigit, Language.English, "A PIN of one repeated digit (like 1111) is too easy to guess; choose another.")]
    [InlineData(PinProblem.RepeatedDigit, Language.Finnish, "Yhtä numeroa toistava PIN-koodi (kuten 1111) on liian helppo arvata; valitse toinen.")]
    [InlineData(PinProblem.Sequence, Language.English, "Digits counting up or down (like 1234 or 4321) are too easy to guess; choose another PIN.")]
    [InlineData(PinProblem.Sequence, Language.Finnish, "Peräkkäin nousevat tai laskevat numerot (kuten 1234 tai 4321) ovat liian helppo arvata; valitse toinen PIN-koodi.")]
    [InlineData(PinProblem.WrongLength, Language.Finnish, "PIN-koodissa pitää olla 4–8 numeroa; tässä on 3.")]
    [InlineData(PinProblem.WrongLength, Language.English, "A PIN must be 4–8 digits long; this one has 3.")]
    [InlineData(PinProblem.NotDigits, Language.Finnish, "PIN-koodissa saa olla vain numeroita 0–9.")]
    [InlineData(PinProblem.Empty, Language.Finnish, "Anna 4–8-numeroinen PIN-koodi.")]
    public void The_Reason_Should_Be_Worded_In_Finnish_And_English(PinProblem problem, Language language, string expected)
        => new PinRejection(problem, 3).Message(language).ShouldBe(expected);

    [Fact]
    public void Sign_In_Should_Still_Accept_A_Weak_Pin_Chosen_Before_The_Rule()
        => Pin.TryParse("1234", out _, out _).ShouldBeTrue();

    [Property(MaxTest = 200)]
    public Property Every_Run_Up_Or_Down_Of_Any_Allowed_Length_Should_Be_Refused()
    {
        var runs = from length in Gen.Choose(Pin.MinimumLength, Pin.MaximumLength)
                   from up in Gen.Elements(true, false)
                   from start in Gen.Choose(up ? 0 : length - 1, up ? 10 - length : 9)
                   select string.Concat(Enumerable.Range(0, length).Select(i => (char)('0' + start + (up ? i : -i))));
        return Prop.ForAll(runs.ToArbitrary(), run => Pin.CheckNew(run)?.Problem == PinProblem.Sequence);
    }

    [Property(MaxTest = 200)]
    public Property A_Refusal_Should_Depend_Only_On_The_Length_Never_On_The_Digits_Typed()
    {
        var pairs = from length in Gen.Choose(1, 10)
                    from first in Gen.Choose(0, 9)
                    from second in Gen.Choose(0, 9)
                    select (new string((char)('0' + first), length), new string((char)('0' + second), length));
        return Prop.ForAll(pairs.ToArbitrary(), pair =>
            Pin.CheckNew(pair.Item1)!.Message(Language.Finnish) == Pin.CheckNew(pair.Item2)!.Message(Language.Finnish)
            && Pin.CheckNew(pair.Item1)!.Message(Language.English) == Pin.CheckNew(pair.Item2)!.Message(Language.English));
    }
}
