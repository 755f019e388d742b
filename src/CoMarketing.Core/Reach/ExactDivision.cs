using System.Numerics;

namespace CoMarketing.Core.Reach;

/// <summary>
/// Divides numbers known to be multiples of <c>P^n</c> by it without a long division: shift out the factors of two,
/// then multiply by the inverse of the odd part modulo <c>2^k</c>, where the quotient is known to fit in k bits.
/// </summary>
internal sealed class ExactDivision
{
    private readonly int _shift;
    private readonly BigInteger _inverse;
    private readonly BigInteger _mask;

    /// <param name="population">P, at least 1.</param>
    /// <param name="power">n.</param>
    /// <param name="quotientBits">An upper bound of the quotients' bit lengths.</param>
    public ExactDivision(uint population, int power, long quotientBits)
    {
        var twos = BitOperations.TrailingZeroCount(population);
        _shift = twos * power;
        var odd = BigInteger.Pow(population >> twos, power);
        _mask = (BigInteger.One << (int)quotientBits) - 1;

        // Newton's iteration for the inverse modulo 2^k doubles the correct low bits each round.
        var inverse = BigInteger.One;
        for (var bits = 1L; bits < quotientBits; bits *= 2)
        {
            inverse = (inverse * (2 - (odd * inverse))) & _mask;
        }

        _inverse = inverse;
    }

    /// <summary>How many low bits of a multiple determine its quotient: the quotient's bits plus the shifted-out twos.</summary>
    public long InputBits => _mask.GetBitLength() + _shift;

    /// <summary>
    /// The exact quotient of a non-negative multiple of P^n by P^n, given the multiple or any number congruent to it
    /// modulo 2^<see cref="InputBits"/>.
    /// </summary>
    public BigInteger Divide(BigInteger multiple) => ((multiple >> _shift) * _inverse) & _mask;
}
