namespace CoMarketing.Core.Audiences;

/// <summary>The fixed age bands of every audience: 0–17, 18–24, 25–34, 35–44, 45–54, 55–64, 65+.</summary>
public enum AgeBand
{
    Under18 = 0,
    From18To24 = 1,
    From25To34 = 2,
    From35To44 = 3,
    From45To54 = 4,
    From55To64 = 5,
    From65 = 6,
}
