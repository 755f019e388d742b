namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>The live preview as lines of text: a stale marker, each partner's figures with its bar, reach, and the payments.</summary>
public static class PreviewText
{
    public static IReadOnlyList<string> Lines(CostItemsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var format = model.Format;
        var texts = format.Texts;
        var lines = new List<string>();
        if (model.Preview is not { } preview)
        {
            lines.Add(texts.Get(model.Items.Count == 0 ? "PreviewEmpty" : "PreviewNone"));
            return lines;
        }

        if (model.Stale)
        {
            lines.Add(texts.Get("PreviewStale") + (model.SplitError is { } why ? " " + why : string.Empty));
        }

        var width = Math.Max(8, preview.Rows.Max(r => r.Name.Length));
        lines.Add($"{texts.Get("ColumnPartner").PadRight(width)} {texts.Get("ColumnNet"),12} {texts.Get("ColumnVat"),10} {texts.Get("ColumnGrossShort"),12}");
        foreach (var row in preview.Rows)
        {
            lines.Add($"{row.Name.PadRight(width)} {format.Euros(row.Net),12} {format.Euros(row.Vat),10} {format.Euros(row.Gross),12}");
            lines.Add($"{string.Empty.PadRight(width)} {row.Bar}");
        }

        var totals = preview.Summary.Totals;
        lines.Add($"{texts.Get("Total").PadRight(width)} {format.Euros(totals.Net),12} {format.Euros(totals.Vat),10} {format.Euros(totals.Gross),12}");
        lines.Add(string.Empty);
        lines.Add(texts.Format("PreviewReach", format.People(preview.CombinedReach), format.People(preview.Summary.Population ?? 0)));
        foreach (var row in preview.Rows)
        {
            lines.Add(texts.Format("PreviewNewReach", row.Name, format.People(row.OwnReach), format.People(row.NewReach)));
        }

        lines.Add(string.Empty);
        lines.Add(texts.Get("PreviewPayments"));
        lines.AddRange(preview.Instructions.Count == 0 ? [texts.Get("PreviewNothingToPay")] : preview.Instructions.Select(i => "• " + i));
        return lines;
    }
}
