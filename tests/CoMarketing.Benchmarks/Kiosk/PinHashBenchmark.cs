using BenchmarkDotNet.Attributes;
using CoMarketing.Core.Kiosk;

namespace CoMarketing.Benchmarks.Kiosk;

/// <summary>
/// The cost of one kiosk PIN hash and one check at the production work factor (PBKDF2-HMAC-SHA256, 600 000
/// iterations): what a member waits at sign-in, and what each guess costs an attacker holding the file.
/// </summary>
[ShortRunJob]
public class PinHashBenchmark
{
    private readonly PinHasher _hasher = new();
    private readonly Pin _pin = Pin.Parse("4711");
    private PinHash _stored = null!;

    [GlobalSetup]
    public void Setup() => _stored = _hasher.Hash(_pin);

    [Benchmark]
    public PinHash Hash() => _hasher.Hash(_pin);

    [Benchmark]
    public bool Verify() => PinHasher.Verify(_pin, _stored);
}
