namespace CoMarketing.Storage;

/// <summary>
/// The stored form of a PIN: a PBKDF2-SHA256 hash of 32 bytes and a salt of at least 16 bytes, both Base64,
/// and the iteration count (at least 100 000). All three are set, or none (no PIN yet).
/// </summary>
public static class PinHashFormat
{
    public const int HashBytes = 32;

    public const int MinimumSaltBytes = 16;

    public const int MinimumIterations = 100_000;

    public static string Description => $"Base64 hash of {HashBytes} bytes, Base64 salt of at least {MinimumSaltBytes} bytes, at least {MinimumIterations} iterations";

    public static bool IsWellFormed(string? hash, string? salt, long? iterations)
    {
        if (hash is null && salt is null && iterations is null)
        {
            return true;
        }

        return Decodes(hash, out var hashLength) && hashLength == HashBytes
            && Decodes(salt, out var saltLength) && saltLength >= MinimumSaltBytes
            && iterations >= MinimumIterations;
    }

    private static bool Decodes(string? text, out int length)
    {
        length = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var buffer = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, buffer, out length))
        {
            return false;
        }

        return true;
    }
}
