namespace CoMarketing.Tui.Screens.Register;

/// <summary>The steps of registering a business, in order.</summary>
public enum RegisterStep
{
    Details = 1,
    Industry = 2,
    Pin = 3,
}
