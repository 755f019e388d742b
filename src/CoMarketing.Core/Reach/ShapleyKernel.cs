using System.Numerics;
using System.Runtime.InteropServices;

namespace CoMarketing.Core.Reach;

/// <summary>
/// The exact Shapley numerators of the Sainsbury reach game, computed in place on arrays of 32-bit limbs so that the
/// O(n²) inner loops neither allocate nor reduce fractions. Used when the population fits in 32 bits.
/// </summary>
/// <remarks>
/// <para>With <c>F(t) = Π_j (P − r_j t) = Σ_m (−1)^m a_m t^m</c> (every <c>a_m ≥ 0</c>), the moments
/// <c>H_d = Σ_{m ≤ n−1−d} (−1)^m a_m · L/(m+d+1)</c> (with <c>L = lcm(1..n)</c>) are integers.
/// Each term is split as <c>a_m = q·s + ρ</c> with <c>s = m+d+1</c>, so <c>a_m·L/s = q·L + ρ·(L/s)</c>:
/// one pass dividing by a small number instead of a long multiplication.</para>
/// <para>Participant <c>i</c>'s numerator over the common denominator <c>L · P^(n−1)</c> is
/// <c>r_i · (Σ_d r_i^d H_d P^(n−1−d)) / P^n</c>, evaluated by Horner in place modulo a power of two large
/// enough for the final value. The result is identical, bit for bit, to the big-integer evaluation.</para>
/// </remarks>
internal static class ShapleyKernel
{
    /// <summary>Numerators over <c>lcm(1..n) · P^(n−1)</c>, one per reach (reaches already capped at P).</summary>
    public static BigInteger[] Numerators(long[] reaches, uint population, BigInteger lcm)
    {
        var n = reaches.Length;
        var p = population;
        var bitsP = 32 - BitOperations.LeadingZeroCount(p);
        var width = ((n * (bitsP + 1)) / 32) + 2;
        var a = ProductMagnitudes(reaches, p, width);
        var scaled = Moments(a, n, lcm, width).Select((h, d) => h * BigInteger.Pow(p, n - 1 - d)).ToArray();

        // Only the quotient by P^n is wanted, and it is found from the sum's lowest bits (see ExactDivision), so
        // Horner runs modulo 2^(32·width2): negative moments and intermediate sums wrap, and ring arithmetic keeps
        // those lowest bits exact.
        var exact = new ExactDivision(p, n, lcm.GetBitLength() + ((long)n * bitsP) + 2);
        var width2 = (int)(exact.InputBits / 32) + 1;
        var modulus = (BigInteger.One << (32 * width2)) - 1;
        var terms = scaled.Select(s => ToLimbs(s & modulus, width2)).ToArray();
        var acc = new uint[width2];
        var numerators = new BigInteger[n];
        var cache = new Dictionary<long, BigInteger>();
        for (var i = 0; i < n; i++)
        {
            var r = reaches[i];
            if (!cache.TryGetValue(r, out var numerator))
            {
                terms[n - 1].CopyTo(acc, 0);
                for (var d = n - 2; d >= 0; d--)
                {
                    MultiplyAdd(acc, (uint)r, terms[d]);
                }

                numerator = r * exact.Divide(ToBigInteger(acc));
                cache[r] = numerator;
            }

            numerators[i] = numerator;
        }

        return numerators;
    }

    /// <summary>a_0..a_n, where <c>Π_j (P − r_j t) = Σ_m (−1)^m a_m t^m</c>: a_m = e_m(r) · P^(n−m).</summary>
    private static uint[][] ProductMagnitudes(long[] reaches, uint p, int width)
    {
        var n = reaches.Length;
        var a = new uint[n + 1][];
        for (var k = 0; k <= n; k++)
        {
            a[k] = new uint[width];
        }

        a[0][0] = 1;
        var bitsP = 32 - BitOperations.LeadingZeroCount(p);
        for (var j = 0; j < n; j++)
        {
            // After j + 1 factors every a_k < (2P)^(j+1): only that many limbs can be non-zero.
            var length = Math.Min(width, (((j + 1) * (bitsP + 1)) / 32) + 1);
            var r = (uint)reaches[j];
            AddMultiple(a[j + 1], a[j], r, length);
            for (var k = j; k >= 1; k--)
            {
                Multiply(a[k], p, length);
                AddMultiple(a[k], a[k - 1], r, length);
            }

            Multiply(a[0], p, length);
        }

        return a;
    }

    /// <summary>H_d for d = 0..n−1 (see the remarks).</summary>
    private static BigInteger[] Moments(uint[][] a, int n, BigInteger lcm, int width)
    {
        var shares = Enumerable.Range(0, n + 1).Select(s => s == 0 ? BigInteger.Zero : lcm / s).ToArray();
        var smallWidth = (int)((lcm.GetBitLength() + 64) / 32) + 2;
        var shareLimbs = shares.Select(s => ToLimbs(s, smallWidth)).ToArray();
        var lengths = a.Select(Length).ToArray();
        var moments = new BigInteger[n];
        var evenWhole = new ulong[width];
        var oddWhole = new ulong[width];
        for (var d = 0; d < n; d++)
        {
            Array.Clear(evenWhole);
            Array.Clear(oddWhole);
            var evenRest = new uint[smallWidth];
            var oddRest = new uint[smallWidth];
            for (var m = 0; m + d < n; m++)
            {
                var s = (uint)(m + d + 1);
                var even = m % 2 == 0;
                var rest = DivideInto(even ? evenWhole : oddWhole, a[m], lengths[m], s);
                AddMultiple(even ? evenRest : oddRest, shareLimbs[s], rest);
            }

            moments[d] = (lcm * (ToBigInteger(evenWhole) - ToBigInteger(oddWhole))) + ToBigInteger(evenRest) - ToBigInteger(oddRest);
        }

        return moments;
    }

    /// <summary>x ← x·m over the lowest <paramref name="length"/> limbs (the product fits in them).</summary>
    private static void Multiply(uint[] x, uint m, int length)
    {
        ulong carry = 0;
        for (var i = 0; i < length; i++)
        {
            carry += (ulong)x[i] * m;
            x[i] = unchecked((uint)carry);
            carry >>= 32;
        }
    }

    /// <summary>x ← x + y·m (y no wider than x).</summary>
    private static void AddMultiple(uint[] x, uint[] y, uint m) => AddMultiple(x, y, m, y.Length);

    /// <summary>x ← x + y·m, where y has <paramref name="length"/> limbs.</summary>
    private static void AddMultiple(uint[] x, uint[] y, uint m, int length)
    {
        ulong carry = 0;
        for (var i = 0; i < length; i++)
        {
            carry += ((ulong)y[i] * m) + x[i];
            x[i] = unchecked((uint)carry);
            carry >>= 32;
        }

        for (var i = length; carry != 0 && i < x.Length; i++)
        {
            carry += x[i];
            x[i] = unchecked((uint)carry);
            carry >>= 32;
        }
    }

    /// <summary>x ← x·m + y, modulo 2^(32·x.Length).</summary>
    private static void MultiplyAdd(uint[] x, uint m, uint[] y)
    {
        ulong carry = 0;
        for (var i = 0; i < x.Length; i++)
        {
            carry += ((ulong)x[i] * m) + y[i];
            x[i] = unchecked((uint)carry);
            carry >>= 32;
        }
    }

    /// <summary>
    /// Adds x / s limb by limb into <paramref name="sums"/> (64-bit per limb, carries resolved later) over x's lowest
    /// <paramref name="length"/> limbs; returns x mod s. Divides by multiplying with a precomputed reciprocal,
    /// several times faster than a hardware divide.
    /// </summary>
    private static uint DivideInto(ulong[] sums, uint[] x, int length, uint s)
    {
        if (s == 1)
        {
            for (var i = 0; i < length; i++)
            {
                sums[i] += x[i];
            }

            return 0;
        }

        var reciprocal = ulong.MaxValue / s;
        ulong rest = 0;
        for (var i = length - 1; i >= 0; i--)
        {
            var current = (rest << 32) | x[i];
            var q = Math.BigMul(current, reciprocal, out _);
            rest = current - (q * s);
            if (rest >= s)
            {
                q++;
                rest -= s;
                if (rest >= s)
                {
                    q++;
                    rest -= s;
                }
            }

            sums[i] += q;
        }

        return (uint)rest;
    }

    private static int Length(uint[] x)
    {
        var length = x.Length;
        while (length > 1 && x[length - 1] == 0)
        {
            length--;
        }

        return length;
    }

    private static uint[] ToLimbs(BigInteger value, int width)
    {
        var limbs = new uint[width];
        if (!value.TryWriteBytes(MemoryMarshal.AsBytes(limbs.AsSpan()), out _, isUnsigned: true))
        {
            throw new InvalidOperationException("A reach moment did not fit its limb buffer.");
        }

        return limbs;
    }

    private static BigInteger ToBigInteger(uint[] limbs) => new(MemoryMarshal.AsBytes(limbs.AsSpan()), isUnsigned: true);

    /// <summary>Σ sums[i] · 2^(32·i): resolves the carries of 64-bit limb sums.</summary>
    private static BigInteger ToBigInteger(ulong[] sums)
    {
        var limbs = new uint[sums.Length + 2];
        ulong carry = 0;
        for (var i = 0; i < sums.Length; i++)
        {
            var low = (sums[i] & uint.MaxValue) + (carry & uint.MaxValue);
            limbs[i] = unchecked((uint)low);
            carry = (sums[i] >> 32) + (carry >> 32) + (low >> 32);
        }

        limbs[sums.Length] = unchecked((uint)carry);
        limbs[sums.Length + 1] = unchecked((uint)(carry >> 32));
        return ToBigInteger(limbs);
    }
}
