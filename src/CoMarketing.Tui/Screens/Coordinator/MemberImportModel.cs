using CoMarketing.Core.Common;
using CoMarketing.Reports.Import;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>
/// Member import from a CSV or XLSX file: a dry run lists every row error with its line (and the warnings, and the
/// members it would add); the import itself reads the file again and adds all of them in one transaction, or none.
/// </summary>
public sealed class MemberImportModel
{
    public const string PathField = "path";

    private readonly PlannerService _service;
    private readonly Dictionary<string, string> _errors = [];
    private string? _previewed;

    /// <exception cref="DomainException">The session is not the coordinator's.</exception>
    public MemberImportModel(PlannerService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (!service.Session.IsCoordinator)
        {
            throw new DomainException(service.ToolTexts.Get("PermCoordinatorTool"));
        }

        _service = service;
    }

    public ToolTexts Texts => _service.ToolTexts;

    public string Path { get; set; } = string.Empty;

    public IReadOnlyDictionary<string, string> Errors => _errors;

    /// <summary>The last dry run: errors with their lines first, then warnings, then the members it would add.</summary>
    public IReadOnlyList<string> Lines { get; private set; } = [];

    public ToolMessage? Message { get; private set; }

    /// <summary>True when the last dry run of the current <see cref="Path"/> found no error.</summary>
    public bool CanImport => _previewed is not null && _previewed == Path.Trim();

    /// <summary>Reads and checks the file; writes nothing.</summary>
    public bool Preview()
    {
        _errors.Clear();
        _previewed = null;
        Lines = [];
        ImportReport report;
        try
        {
            report = _service.PreviewImport(Path);
        }
        catch (Exception error) when (error is DomainException or IOException or UnauthorizedAccessException)
        {
            // An unreadable file (no permission, locked by a spreadsheet program) is a problem of the path, in words.
            _errors[PathField] = Texts.Message(error);
            Message = ToolMessage.Error(Texts.Message(error));
            return false;
        }

        var language = Refusals.LanguageOf(Texts.Culture);
        Lines = [.. report.Errors.Select(e => Texts.Format("ImportLine", e.Line, e.In(language))),
            .. report.Warnings.Select(w => Texts.Format("ImportWarningLine", w.Line, w.In(language))),
            .. report.Businesses.Select(b => Texts.Format("ImportMemberLine", b.Name))];
        if (!report.IsValid)
        {
            Message = ToolMessage.Error(Texts.Format("PreviewErrors", report.Errors.Count));
            return false;
        }

        if (report.Businesses.Count == 0)
        {
            Message = ToolMessage.Error(Texts.Get("ImportEmpty"));
            return false;
        }

        _previewed = Path.Trim();
        Message = ToolMessage.Done(report.Businesses.Count == 1
            ? Texts.Get("PreviewValidOne")
            : Texts.Format("PreviewValidMany", report.Businesses.Count));
        return true;
    }

    /// <summary>Imports the previewed file, all or nothing.</summary>
    public bool Import()
    {
        if (!CanImport)
        {
            Message = ToolMessage.Error(Texts.Get("PreviewFirst"));
            return false;
        }

        try
        {
            var added = _service.ImportMembers(Path);
            Message = ToolMessage.Done(added.Count == 1 ? Texts.Get("ImportedOne") : Texts.Format("ImportedMany", added.Count));
        }
        catch (Exception error) when (error is DomainException or IOException or UnauthorizedAccessException)
        {
            // The file or the members changed since the dry run: show the file's problems again.
            Preview();
            Message = ToolMessage.Error(Texts.Message(error));
            return false;
        }

        _previewed = null;
        Lines = [];
        return true;
    }
}
