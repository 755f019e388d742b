using System.Collections.ObjectModel;
using CoMarketing.Core.Association;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Resources;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The export page, a thin view over <see cref="ExportDialogModel"/>: the format and the language to choose, the
/// folder and the file name (from the campaign's name and today's date) to keep or type over, and Export. An existing
/// file is replaced only when Export is pressed a second time after the page has said so. A progress bar moves while
/// the file is written, and the written path is shown at the end.
/// </summary>
public sealed class CampaignExportView : View
{
    private readonly CampaignTexts _texts;
    private string? _confirmedTarget;

    public CampaignExportView(ExportDialogModel model, CampaignTexts texts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(texts);
        Model = model;
        _texts = texts;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        var formatLabel = new Label { Text = texts.Get("ExportFormat") };
        Formats = new ListView { Y = 1, Width = 12, Height = model.Formats.Count };
        Formats.SetSource(new ObservableCollection<string>(model.Formats));
        Formats.SelectedItem = 0;
        var languageLabel = new Label { X = 16, Text = texts.Get("ExportLanguage") };
        Languages = new ListView { X = 16, Y = 1, Width = 12, Height = 2 };
        Languages.SetSource(new ObservableCollection<string>(["suomi", "English"]));
        Languages.SelectedItem = model.Language == Language.Finnish ? 0 : 1;
        var below = Math.Max(model.Formats.Count, 2) + 2;
        var folderLabel = new Label { Y = below, Text = texts.Get("ExportFolder") };
        Folder = new TextField { X = 14, Y = below, Width = Dim.Fill(1), Text = model.Folder };
        var nameLabel = new Label { Y = below + 1, Text = texts.Get("ExportFileName") };
        FileName = new TextField { X = 14, Y = below + 1, Width = Dim.Fill(1), Text = model.FileName };
        var export = new Button { Y = below + 3, Text = texts.Get("ExportButton"), IsDefault = true };
        Progress = new ProgressBar { Y = below + 5, Width = Dim.Fill(1), Height = 1, Fraction = 0 };
        Message = new Label { Y = below + 6, Width = Dim.Fill(), Height = 2, Text = string.Empty };
        Formats.ValueChanged += (_, _) => Choose();
        Languages.ValueChanged += (_, _) => Choose();
        export.Accepting += (_, e) =>
        {
            Export();
            e.Handled = true;
        };
        Add(formatLabel, Formats, languageLabel, Languages, folderLabel, Folder, nameLabel, FileName, export, Progress, Message);
    }

    public ExportDialogModel Model { get; }

    public ListView Formats { get; }

    public ListView Languages { get; }

    public TextField Folder { get; }

    public TextField FileName { get; }

    public ProgressBar Progress { get; }

    /// <summary>The outcome: the written path, the question about an existing file, or what went wrong.</summary>
    public Label Message { get; }

    /// <summary>
    /// Writes the file with the chosen settings. When the file exists, the first call only asks (nothing is written);
    /// the next call with the same target replaces it.
    /// </summary>
    public void Export()
    {
        Model.Folder = string.IsNullOrWhiteSpace(Folder.Text) ? Model.Folder : Folder.Text.Trim();
        Model.FileName = FileName.Text;
        try
        {
            var confirmed = string.Equals(_confirmedTarget, Model.TargetPath, StringComparison.Ordinal);
            if (Model.NeedsOverwriteConfirmation && !confirmed)
            {
                _confirmedTarget = Model.TargetPath;
                Message.Text = "! " + _texts.Format("ExportExists", Model.TargetPath);
                return;
            }

            Progress.Fraction = 0;
            var written = Model.Export(overwrite: confirmed, new Progress<double>(f => Progress.Fraction = (float)f));
            Progress.Fraction = 1;
            Message.Text = _texts.Format("ExportWritten", written ?? Model.TargetPath);
            _confirmedTarget = null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DomainException or ArgumentException or NotSupportedException)
        {
            Message.Text = "! " + _texts.Format("ExportFailed", Model.TargetPath, _texts.Message(ex));
        }
    }

    /// <summary>Takes the chosen format and language; a file name the user did not type follows the format.</summary>
    private void Choose()
    {
        var typed = FileName.Text;
        var wasDefault = string.Equals(typed, Model.FileName, StringComparison.Ordinal);
        Model.Format = Model.Formats[Math.Clamp(Formats.SelectedItem ?? 0, 0, Model.Formats.Count - 1)];
        Model.Language = Languages.SelectedItem == 1 ? Language.English : Language.Finnish;
        if (wasDefault)
        {
            Model.FileName = string.Empty;
            FileName.Text = Model.FileName;
        }

        _confirmedTarget = null;
    }
}
