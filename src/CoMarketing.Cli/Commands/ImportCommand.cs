using System.CommandLine;
using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Reports.Import;
using CoMarketing.Storage.Reference;

namespace CoMarketing.Cli.Commands;

/// <summary>
/// <c>comarketing import FILE.csv|FILE.xlsx [--dry-run]</c>: adds members from a spreadsheet, all or nothing. Any
/// bad row prints every error with its line number on stderr, exits 1 and writes nothing.
/// </summary>
public static class ImportCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(globals);
        ArgumentNullException.ThrowIfNull(environment);
        var file = new Argument<string>("file") { Description = "A .csv (UTF-8, ; or , delimited) or .xlsx file, one business per row" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only check the file and report what would be imported" };
        var command = new Command("import", "Import members from a CSV or XLSX file");
        command.Arguments.Add(file);
        command.Options.Add(dryRun);
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file) ?? string.Empty;

            // The file is read (type and size checked) before the database is opened: a FIFO, a folder or a device
            // never blocks, and a file that cannot be read is never blamed on the database.
            byte[] content;
            try
            {
                content = InputFile.ReadBytes(path, $"Cannot import '{path}'", InputFile.MemberImportBytes);
            }
            catch (DomainException ex)
            {
                environment.Error.WriteLine(ex.Message.Replace($"Cannot import '{path}': '{path}'", $"Cannot import '{path}': it", StringComparison.Ordinal) + ".");
                return ExitCodes.InvalidInput;
            }

            return StoreFactory.Run(environment, parseResult, globals, store =>
            {
                var reference = ReferenceDataFiles.Load();
                var existing = store.Businesses.GetAll(includeArchived: true);

                // Rows without a municipality get the one most members are in (the association's home town).
                var home = existing.GroupBy(b => b.Municipality).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();
                ImportReport report;
                using (var stream = new MemoryStream(content, writable: false))
                {
                    report = MemberImporter.Read(stream, path, reference, existing, existing.Count > 0 ? home : null);
                }

                foreach (var warning in report.Warnings)
                {
                    environment.Error.WriteLine($"{Path.GetFileName(path)}: warning: {warning}");
                }

                if (!report.IsValid)
                {
                    foreach (var error in report.Errors)
                    {
                        environment.Error.WriteLine($"{Path.GetFileName(path)}: {error}");
                    }

                    throw new DomainException($"Nothing imported: {report.Errors.Count} error(s) in {Path.GetFileName(path)}.");
                }

                if (parseResult.GetValue(dryRun))
                {
                    foreach (var business in report.Businesses)
                    {
                        environment.Out.WriteLine($"  {business.Name} ({business.Industry}, {business.Municipality})");
                    }

                    environment.Out.WriteLine($"Dry run: would import {report.Businesses.Count} businesses; nothing written.");
                    return ExitCodes.Success;
                }

                store.Businesses.AddRange(report.Businesses, Actor.CommandLine);
                environment.Out.WriteLine($"Imported {report.Businesses.Count} businesses");
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
