using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Register;

/// <summary>Customer types in words, both ways, in either language (so "both" and "molemmat" are understood anywhere).</summary>
public static class CustomerTypes
{
    public static string Name(CustomerType type, TuiTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return type switch
        {
            CustomerType.Businesses => texts.CustomerBusinesses,
            CustomerType.Both => texts.CustomerBoth,
            _ => texts.CustomerConsumers,
        };
    }

    /// <summary>The type named by <paramref name="text"/> (a whole word or its start, English or Finnish), or null.</summary>
    public static CustomerType? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var word = text.Trim();
        if (word.Length == 0)
        {
            return null;
        }

        foreach (var texts in new[] { TuiTexts.English, TuiTexts.Finnish })
        {
            foreach (var type in Enum.GetValues<CustomerType>())
            {
                if (Name(type, texts).StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    return type;
                }
            }
        }

        return null;
    }
}
