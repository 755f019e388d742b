using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage;

namespace CoMarketing.Cli.Commands.Campaigns;

/// <summary><c>campaign budget --set FILE.csv</c>: replaces the budget plan from a file, all or nothing.</summary>
public static class BudgetPlanFile
{
    /// <summary>
    /// Reads <paramref name="path"/> with <see cref="BudgetCsvReader"/> and saves the plan in one transaction; on any
    /// problem every problem goes to stderr with its line number and nothing is written.
    /// </summary>
    public static void Save(IStore store, string path, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(environment);
        var text = BudgetCsvReader.ReadText(path);

        var (plan, problems) = BudgetCsvReader.Read(text);
        if (plan is null)
        {
            foreach (var problem in problems)
            {
                environment.Error.WriteLine($"{Path.GetFileName(path)}: {problem}");
            }

            throw new DomainException($"Budget plan not changed: {problems.Count} error(s) in {Path.GetFileName(path)}.");
        }

        store.Budget.Save(plan, Actor.CommandLine);
    }
}
