using System.Security.Cryptography;

namespace CoMarketing.Core.Kiosk;

/// <summary>
/// Hashes and checks kiosk PINs with salted PBKDF2-HMAC-SHA256: a fresh 16-byte random salt per hash, a 32-byte
/// derived key, <see cref="DefaultIterations"/> iterations unless told otherwise.
/// </summary>
/// <remarks>
/// Two hashes of the same PIN differ (different salts). <see cref="Verify"/> derives with the stored salt and
/// iteration count and compares in constant time, so a wrong PIN takes as long as a right one.
/// </remarks>
public sealed class PinHasher
{
    /// <summary>The production work factor (OWASP's 2023 advice for PBKDF2-HMAC-SHA256).</summary>
    public const int DefaultIterations = 600_000;

    /// <summary>The weakest work factor accepted, for hashing and for stored hashes alike.</summary>
    public const int MinimumIterations = 100_000;

    /// <summary>The strongest accepted; it bounds how long one check of a stored hash can take.</summary>
    public const int MaximumIterations = 10_000_000;

    /// <summary>Bytes of random salt per hash.</summary>
    public const int SaltBytes = 16;

    /// <summary>Bytes of derived key.</summary>
    public const int HashBytes = 32;

    public PinHasher()
        : this(DefaultIterations)
    {
    }

    /// <summary>A hasher with another work factor (between <see cref="MinimumIterations"/> and <see cref="MaximumIterations"/>).</summary>
    public PinHasher(int iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinimumIterations);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(iterations, MaximumIterations);
        Iterations = iterations;
    }

    /// <summary>The iterations new hashes are made with.</summary>
    public int Iterations { get; }

    /// <summary>Hashes a PIN with a new random salt.</summary>
    public PinHash Hash(Pin pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(pin, salt, Iterations);
        return new PinHash(Convert.ToBase64String(hash), Convert.ToBase64String(salt), Iterations);
    }

    /// <summary>True when <paramref name="pin"/> is the PIN <paramref name="stored"/> was made from.</summary>
    public static bool Verify(Pin pin, PinHash stored)
    {
        ArgumentNullException.ThrowIfNull(pin);
        ArgumentNullException.ThrowIfNull(stored);
        var expected = stored.HashBytes();
        var actual = Derive(pin, stored.SaltBytes(), stored.Iterations);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static byte[] Derive(Pin pin, byte[] salt, int iterations)
    {
        var secret = pin.ToBytes();
        try
        {
            return Rfc2898DeriveBytes.Pbkdf2(secret, salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(secret);
        }
    }
}
