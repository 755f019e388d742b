using CoMarketing.Core.Common;

namespace CoMarketing.Core.Kiosk;

/// <summary>
/// A stored PIN: the PBKDF2-HMAC-SHA256 <see cref="Hash"/> (32 bytes, Base64) of the PIN's ASCII digits with a
/// random <see cref="Salt"/> (at least 16 bytes, Base64) and the <see cref="Iterations"/> it was made with.
/// </summary>
/// <remarks>
/// Verification uses the stored iteration count, so hashes made with an older setting keep working.
/// <see cref="ToString"/> leaves out the hash and salt.
/// </remarks>
public sealed record PinHash
{
    public PinHash(string hash, string salt, int iterations)
    {
        if (!TryValidate(hash, salt, iterations, out var error))
        {
            throw new DomainException(error);
        }

        Hash = hash;
        Salt = salt;
        Iterations = iterations;
    }

    /// <summary>The derived key, Base64.</summary>
    public string Hash { get; }

    /// <summary>The random salt, Base64.</summary>
    public string Salt { get; }

    /// <summary>How many PBKDF2 iterations made <see cref="Hash"/>.</summary>
    public int Iterations { get; }

    /// <summary>Reads the three stored parts; false with a reason when they do not make a sound PIN hash.</summary>
    public static bool TryCreate(string? hash, string? salt, long? iterations, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PinHash? pinHash, out string error)
    {
        pinHash = null;
        if (hash is null || salt is null || iterations is not { } count)
        {
            error = "A stored PIN needs a hash, a salt and an iteration count.";
            return false;
        }

        if (!TryValidate(hash, salt, (int)Math.Clamp(count, int.MinValue, int.MaxValue), out error))
        {
            return false;
        }

        pinHash = new PinHash(hash, salt, (int)count);
        return true;
    }

    /// <summary>The salt as bytes.</summary>
    public byte[] SaltBytes() => Convert.FromBase64String(Salt);

    /// <summary>The hash as bytes.</summary>
    public byte[] HashBytes() => Convert.FromBase64String(Hash);

    public override string ToString() => $"PBKDF2-HMAC-SHA256, {Iterations} iterations";

    private static bool TryValidate(string? hash, string? salt, int iterations, out string error)
    {
        if (DecodedLength(hash) != PinHasher.HashBytes)
        {
            error = $"A stored PIN hash must be {PinHasher.HashBytes} bytes in Base64.";
            return false;
        }

        if (DecodedLength(salt) < PinHasher.SaltBytes)
        {
            error = $"A stored PIN salt must be at least {PinHasher.SaltBytes} bytes in Base64.";
            return false;
        }

        if (iterations is < PinHasher.MinimumIterations or > PinHasher.MaximumIterations)
        {
            error = $"A stored PIN must use {PinHasher.MinimumIterations}–{PinHasher.MaximumIterations} PBKDF2 iterations; got {iterations}.";
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static int DecodedLength(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return -1;
        }

        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var length) ? length : -1;
    }
}
