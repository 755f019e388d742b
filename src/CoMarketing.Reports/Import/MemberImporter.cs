using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Geography;
using CoMarketing.Core.Reference;

namespace CoMarketing.Reports.Import;

/// <summary>
/// Reads a member import file (CSV or XLSX, DESIGN.md's format) into an <see cref="ImportReport"/> without writing
/// anything: every bad row is reported with its line number and reason, all of them, not just the first.
/// </summary>
/// <remarks>
/// A name (compared ignoring case) or business ID that appears twice in the file, or that an existing member already
/// has, is an error on the later line. Unknown columns are warnings and are ignored.
/// </remarks>
public static class MemberImporter
{
    /// <summary>Reads <paramref name="stream"/> as CSV or XLSX by the extension of <paramref name="fileName"/>.</summary>
    /// <exception cref="DomainException">The extension is neither .csv nor .xlsx, or the workbook cannot be read.</exception>
    public static ImportReport Read(Stream stream, string fileName, ReferenceData reference, IReadOnlyCollection<Business> existing, MunicipalityCode? defaultMunicipality)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var table = extension switch
        {
            ".csv" or ".txt" => CsvTableReader.Read(stream),
            ".xlsx" => XlsxTableReader.Read(stream),
            _ => throw new DomainException($"Cannot import '{fileName}': use a .csv or .xlsx file."),
        };
        return Check(table, reference, existing, defaultMunicipality);
    }

    /// <summary>Checks an already read table.</summary>
    public static ImportReport Check(ImportTable table, ReferenceData reference, IReadOnlyCollection<Business> existing, MunicipalityCode? defaultMunicipality)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(existing);
        var errors = new List<ImportProblem>(table.Problems);
        var warnings = new List<ImportProblem>(table.Warnings);
        CheckHeader(table, errors, warnings);
        if (errors.Any(e => e.Line == 1))
        {
            return new ImportReport([], errors, warnings);
        }

        var parser = new MemberRowParser(reference, defaultMunicipality);
        var names = existing.ToDictionary(b => b.Name, _ => 0, StringComparer.OrdinalIgnoreCase);
        var ids = existing.Where(b => b.BusinessId is not null).ToDictionary(b => b.BusinessId!.Value.Value, _ => 0, StringComparer.Ordinal);
        var businesses = new List<Business>();
        foreach (var row in table.Rows)
        {
            var (business, rowErrors, rowWarnings) = parser.Parse(row);
            errors.AddRange(rowErrors);
            warnings.AddRange(rowWarnings);
            if (business is null)
            {
                continue;
            }

            var duplicate = false;
            if (names.TryGetValue(business.Name, out var nameLine))
            {
                errors.Add(ImportProblem.Of(row.Line, MemberColumns.Name, nameLine == 0
                    ? DomainProblem.Of("ImportMemberExists", business.Name)
                    : DomainProblem.Of("ImportNameRepeated", business.Name, nameLine)));
                duplicate = true;
            }

            if (business.BusinessId is { } id && ids.TryGetValue(id.Value, out var idLine))
            {
                errors.Add(ImportProblem.Of(row.Line, MemberColumns.BusinessId, idLine == 0
                    ? DomainProblem.Of("ImportBusinessIdExists", id.Value)
                    : DomainProblem.Of("ImportBusinessIdRepeated", id.Value, idLine)));
                duplicate = true;
            }

            names.TryAdd(business.Name, row.Line);
            if (business.BusinessId is { } newId)
            {
                ids.TryAdd(newId.Value, row.Line);
            }

            if (!duplicate)
            {
                businesses.Add(business);
            }
        }

        var ordered = errors.OrderBy(e => e.Line).ToList();
        return new ImportReport(ordered.Count == 0 ? businesses : [], ordered, warnings.OrderBy(w => w.Line).ToList());
    }

    private static void CheckHeader(ImportTable table, List<ImportProblem> errors, List<ImportProblem> warnings)
    {
        if (table.Columns.Count == 0)
        {
            return;
        }

        if (!table.Columns.Contains(MemberColumns.Name))
        {
            errors.Add(new ImportProblem(1, $"the header has no 'name' column (found: {string.Join(", ", table.Columns)})."));
        }

        foreach (var twice in table.Columns.Where(c => c.Length > 0).GroupBy(c => c).Where(g => g.Count() > 1))
        {
            errors.Add(new ImportProblem(1, $"the column '{twice.Key}' appears {twice.Count()} times."));
        }

        foreach (var unknown in table.Columns.Where(c => c.Length > 0 && !MemberColumns.All.Contains(c)).Distinct())
        {
            warnings.Add(new ImportProblem(1, $"unknown column '{unknown}' is ignored (known: {string.Join(", ", MemberColumns.All)})."));
        }
    }
}
