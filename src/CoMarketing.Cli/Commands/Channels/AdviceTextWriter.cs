using CoMarketing.Core.Audiences;
using CoMarketing.Core.Channels.Advice;

namespace CoMarketing.Cli.Commands.Channels;

/// <summary><c>channels advise</c> for people: own accounts, the paid mix with reasons, warnings, one summary line.</summary>
public static class AdviceTextWriter
{
    public static void Write(TextWriter writer, AdviceRequest request, ChannelAdvice advice, AdviceWording wording)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(wording);
        var texts = wording.Texts;
        writer.WriteLine(texts.Heading(request.Title, advice.Budget is { } budget ? wording.Amount(budget) : null));
        var ages = string.Join(", ", AgeBands.All.Select(b => $"{AgeBands.Label(b)} {AdviceWording.Percent(advice.Audience.Ages[b])}"));
        writer.WriteLine(texts.Customers(AdviceWording.About(advice.Audience.CustomersPerMonth), ages));
        writer.WriteLine();
        writer.WriteLine(texts.OwnHeading);
        if (advice.OwnAccounts.IsEmpty)
        {
            writer.WriteLine($"  {texts.NoOwnAccounts}");
        }

        foreach (var account in advice.OwnAccounts)
        {
            writer.WriteLine($"  - {wording.Reason(account)}");
        }

        writer.WriteLine();
        writer.WriteLine(texts.MixHeading);
        var paid = advice.Mix.Where(l => !l.IsFree).ToList();
        if (paid.Count == 0)
        {
            writer.WriteLine($"  {texts.NothingToBuy}");
        }

        for (var i = 0; i < paid.Count; i++)
        {
            writer.WriteLine($"  {i + 1}. {texts.Placements(paid[i].Placements, wording.Amount(paid[i].Cost))}: {wording.Reason(paid[i].Paid!, advice.Audience)}");
        }

        var warnings = wording.Warnings(advice);
        if (warnings.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine(texts.WarningsHeading);
            foreach (var warning in warnings)
            {
                writer.WriteLine($"  ! {warning}");
            }
        }

        writer.WriteLine();
        writer.WriteLine(wording.Summary(advice));
    }
}
