namespace CoMarketing.Cli.Tests.Fuzz;

/// <summary>A parser the fuzz suite feeds, the file extension it reads and the command line that reads it.</summary>
public enum FuzzTarget
{
    SplitJson,
    CampaignJson,
    MemberCsv,
    MemberXlsx,
    BudgetCsv,
    RestoreBackup,
}
