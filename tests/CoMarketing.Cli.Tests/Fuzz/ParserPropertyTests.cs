using System.Text;
using CoMarketing.Cli.Commands.Campaigns;
using CoMarketing.Cli.Commands.Split;
using CoMarketing.Core.Audiences;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Core.Finance;
using CoMarketing.Reports.Import;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CoMarketing.Cli.Tests.Fuzz;

/// <summary>
/// FsCheck properties over every parser, in process: whatever the text, a parser either reads it or refuses it with a
/// <see cref="DomainException"/> (or a false with a message), never another exception.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ParserPropertyTests
{
    [Property(MaxTest = 300)]
    public bool Numbers_people_type_Should_Parse_Or_Say_Why(NonNull<string> text)
    {
        var money = Money.TryParse(text.Get, out _, out var moneyError) || moneyError.Length > 0;
        var vat = VatRate.TryParse(text.Get, out _, out var vatError) || vatError.Length > 0;
        var id = BusinessId.TryParse(text.Get, out _, out var idError) || idError.Length > 0;
        return money && vat && id && RefusesOnlyInWords(() => AgeDistribution.Parse(text.Get)) && RefusesOnlyInWords(() => ActiveMonths.Parse(text.Get));
    }

    [Property(MaxTest = 300)]
    public Property Mutated_split_documents_Should_Be_Read_Or_Refused_In_Words()
        => Prop.ForAll(Mutations(FuzzTarget.SplitJson).ToArbitrary(), bytes => RefusesOnlyInWords(() => SplitInputReader.Read(Encoding.UTF8.GetString(bytes), "fuzz.json")));

    [Property(MaxTest = 300)]
    public Property Mutated_budget_files_Should_Give_A_Plan_Or_Problems()
        => Prop.ForAll(Mutations(FuzzTarget.BudgetCsv).ToArbitrary(), bytes =>
        {
            var (plan, problems) = BudgetCsvReader.Read(Encoding.UTF8.GetString(bytes));
            return (plan is null) == (problems.Count > 0);
        });

    [Property(MaxTest = 300)]
    public Property Mutated_member_csv_files_Should_Be_Read_Or_Refused_In_Words()
        => Prop.ForAll(Mutations(FuzzTarget.MemberCsv).ToArbitrary(), bytes => RefusesOnlyInWords(() => CsvTableReader.Read(new MemoryStream(bytes))));

    [Property(MaxTest = 200)]
    public Property Mutated_xlsx_files_Should_Be_Read_Or_Refused_In_Words()
        => Prop.ForAll(Mutations(FuzzTarget.MemberXlsx).ToArbitrary(), bytes => RefusesOnlyInWords(() => XlsxTableReader.Read(new MemoryStream(bytes))));

    [Property(MaxTest = 300)]
    public bool Any_text_as_a_split_document_Should_Be_Refused_In_Words(NonNull<string> text)
        => RefusesOnlyInWords(() => SplitInputReader.Read(text.Get, "fuzz.json"));

    private static Gen<byte[]> Mutations(FuzzTarget target)
    {
        var seed = FuzzSeeds.For(target);
        return Gen.Choose(0, int.MaxValue).Select(s => new FuzzMutator(s).Mutate(seed, target == FuzzTarget.MemberXlsx));
    }

    private static bool RefusesOnlyInWords(Action read)
    {
        try
        {
            read();
            return true;
        }
        catch (DomainException ex)
        {
            return ex.Message.Length > 0;
        }
    }

    private static bool RefusesOnlyInWords<T>(Func<T> read) => RefusesOnlyInWords(() => { _ = read(); });
}
