using CoMarketing.Core.Common;
using CoMarketing.Core.Kiosk;

namespace CoMarketing.Core.Tests.Kiosk;

/// <summary>Few hashes on purpose: each costs hundreds of milliseconds at the production work factor.</summary>
public sealed class PinHasherTests
{
    private static readonly PinHasher Cheap = new(PinHasher.MinimumIterations);

    [Fact]
    public void A_Hash_Made_At_The_Production_Work_Factor_Should_Verify_The_Same_Pin_Only()
    {
        // Given
        var hasher = new PinHasher();

        // When
        var stored = hasher.Hash(Pin.Parse("4711"));

        // Then
        stored.Iterations.ShouldBe(600_000);
        Convert.FromBase64String(stored.Hash).Length.ShouldBe(32);
        Convert.FromBase64String(stored.Salt).Length.ShouldBe(16);
        PinHasher.Verify(Pin.Parse("4711"), stored).ShouldBeTrue();
        PinHasher.Verify(Pin.Parse("4712"), stored).ShouldBeFalse();
    }

    [Fact]
    public void Two_Hashes_Of_The_Same_Pin_Should_Differ_By_Their_Salt()
    {
        var first = Cheap.Hash(Pin.Parse("123456"));
        var second = Cheap.Hash(Pin.Parse("123456"));
        first.Salt.ShouldNotBe(second.Salt);
        first.Hash.ShouldNotBe(second.Hash);
    }

    [Fact]
    public void Verify_Should_Use_The_Stored_Iteration_Count()
    {
        // Given a hash made with another work factor than the verifying hasher's default
        var stored = Cheap.Hash(Pin.Parse("9999"));

        // When the iteration count is tampered with
        var tampered = new PinHash(stored.Hash, stored.Salt, stored.Iterations + 1);

        // Then
        PinHasher.Verify(Pin.Parse("9999"), stored).ShouldBeTrue();
        PinHasher.Verify(Pin.Parse("9999"), tampered).ShouldBeFalse();
    }

    [Fact]
    public void The_Hash_Should_Not_Hold_The_Pin_And_ToString_Should_Show_No_Secret()
    {
        var stored = Cheap.Hash(Pin.Parse("31415926"));
        stored.Hash.ShouldNotContain("31415926");
        stored.ToString().ShouldBe("PBKDF2-HMAC-SHA256, 100000 iterations");
    }

    [Theory]
    [InlineData(99_999)]
    [InlineData(10_000_001)]
    public void A_Work_Factor_Outside_The_Accepted_Range_Should_Be_Refused(int iterations)
        => Should.Throw<ArgumentOutOfRangeException>(() => new PinHasher(iterations));

    [Theory]
    [InlineData("c2hvcnQ=", "AAAAAAAAAAAAAAAAAAAAAA==", 600_000, "hash must be 32 bytes")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "c2hvcnQ=", 600_000, "salt must be at least 16 bytes")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "AAAAAAAAAAAAAAAAAAAAAA==", 1000, "100000–10000000 PBKDF2 iterations")]
    [InlineData("not base64!", "AAAAAAAAAAAAAAAAAAAAAA==", 600_000, "hash must be 32 bytes")]
    public void A_Malformed_Stored_Hash_Should_Be_Refused_In_Words(string hash, string salt, int iterations, string expected)
    {
        PinHash.TryCreate(hash, salt, iterations, out var pinHash, out var error).ShouldBeFalse();
        pinHash.ShouldBeNull();
        error.ShouldContain(expected);
        Should.Throw<DomainException>(() => new PinHash(hash, salt, iterations)).Message.ShouldContain(expected);
    }
}
