using CoMarketing.Core.Kiosk;

namespace CoMarketing.Storage.Kiosk;

/// <summary>What the store holds for one kiosk account: its PIN hash (null when none is set) and its wrong-PIN record.</summary>
public sealed record KioskCredentials(string Name, PinHash? Pin, SignInAttempts Attempts);
