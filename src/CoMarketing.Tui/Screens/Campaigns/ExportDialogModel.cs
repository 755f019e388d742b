using System.Globalization;
using CoMarketing.Core.Association;
using CoMarketing.Core.Reports;
using CoMarketing.Tui.Application;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The export dialog: a format and a language, the folder shown, a file name from the campaign's name and today's
/// date, never overwriting an existing file without a confirmation, progress reported, and the written path given.
/// The file is written whole to a temporary name and then moved into place, so a failure leaves nothing half-written.
/// </summary>
public sealed class ExportDialogModel
{
    private readonly CampaignSummary _summary;
    private readonly ICampaignExporter _exporter;
    private readonly DateOnly _today;
    private string? _fileName;

    public ExportDialogModel(CampaignSummary summary, ICampaignExporter exporter, string folder, Language language, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(exporter);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(clock);
        _summary = summary;
        _exporter = exporter;
        Folder = Path.GetFullPath(folder);
        Language = language;
        Format = exporter.Formats[0];
        _today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), clock.LocalTimeZone).DateTime);
    }

    public IReadOnlyList<string> Formats => _exporter.Formats;

    public string Format { get; set; }

    public Language Language { get; set; }

    /// <summary>The folder the file goes to, shown in full.</summary>
    public string Folder { get; set; }

    /// <summary>The file name: typed, or by default the campaign's name and today's date (<c>Kesäkadut-2027-06-01.csv</c>).</summary>
    public string FileName
    {
        get => _fileName ?? DefaultName();
        set => _fileName = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public string TargetPath => Path.Combine(Folder, FileName);

    /// <summary>True when the target exists: <see cref="Export"/> then needs <c>overwrite: true</c>.</summary>
    public bool NeedsOverwriteConfirmation => File.Exists(TargetPath);

    /// <summary>Writes the file; the written path, or null when an existing file was not confirmed for overwriting.</summary>
    public string? Export(bool overwrite, IProgress<double>? progress = null)
    {
        if (NeedsOverwriteConfirmation && !overwrite)
        {
            return null;
        }

        progress?.Report(0.1);
        var bytes = _exporter.Render(_summary, Format, Language);
        progress?.Report(0.6);
        Directory.CreateDirectory(Folder);
        var temporary = TargetPath + ".part";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, TargetPath, overwrite: true);
        progress?.Report(1.0);
        return TargetPath;
    }

    private string DefaultName()
    {
        var invalid = Path.GetInvalidFileNameChars().Append(' ').ToHashSet();
        var name = new string([.. _summary.Campaign.Name.Select(ch => invalid.Contains(ch) ? '-' : ch)]).Trim('-', '.');
        return $"{(name.Length == 0 ? "campaign" : name)}-{_today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{Format}";
    }
}
