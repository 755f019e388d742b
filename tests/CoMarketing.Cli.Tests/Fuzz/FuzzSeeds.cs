using System.Text;

namespace CoMarketing.Cli.Tests.Fuzz;

/// <summary>Valid inputs of each parser (they succeed unmutated), the starting points of <see cref="FuzzMutator"/>.</summary>
public static class FuzzSeeds
{
    public static byte[] For(FuzzTarget target) => target switch
    {
        FuzzTarget.SplitJson => Encoding.UTF8.GetBytes("""
            { "currency": "EUR", "population": 60000,
              "participants": [ { "id": "cafe", "name": "Kahvila Aalto", "reach": 4000, "weight": 1, "percent": 40 },
                                { "id": "shop", "name": "Kenkäkauppa", "reach": 5500, "weight": 2, "percent": 60, "amount": "300.00" } ],
              "items": [ { "description": "Ad", "net": "1200.00", "vatRate": "25.5", "rule": "reach", "paidBy": "cafe" },
                         { "net": "95.00", "rule": "shares", "weights": { "shop": 3 } },
                         { "net": "500.00", "rule": "exact", "amounts": { "shop": "300.00" } } ] }
            """),
        FuzzTarget.CampaignJson => Encoding.UTF8.GetBytes("""
            { "name": "Syksyn fuzz", "goal": { "kind": "leads", "target": 40 }, "start": "2027-09-01", "end": "2027-10-31",
              "status": "planned", "participants": [ "Kahvila Aalto", "Ravintola Revontuli" ],
              "items": [ { "description": "Lehti-ilmoitus", "channel": "newspaper", "net": "1 200,00", "rule": "equal" } ],
              "plan": [ { "date": "2027-09-05", "channel": "instagram", "description": "Avaus" } ],
              "results": [ { "participant": "Kahvila Aalto", "periodStart": "2027-09-01", "period": "month", "reached": 5000, "interested": 300, "leads": 20, "newCustomers": 5, "revenue": "900.00" } ] }
            """),
        FuzzTarget.MemberCsv => Encoding.UTF8.GetBytes(
            "name;business_id;industry;offerings;municipality;customer_type;ages;interests;months;contact;email;phone;channels\n"
            + "Fuzz Mänty;2077474-0;56102;kahvi|pulla;Rovaniemi;consumers;25-34:0.4|35-44:0.6;coffee;6-8|12;Aila;aila@manty.fi;040 123 4567;instagram:4200\n"),
        FuzzTarget.MemberXlsx => XlsxSeed(),
        FuzzTarget.RestoreBackup => throw new ArgumentException("the backup seed is made from the demo database: FuzzHarness.BackupSeed", nameof(target)),
        _ => Encoding.UTF8.GetBytes("month;amount\n2027-01;1 500,00\n2027-02;1500.00\n2027-03;0\n"),
    };

    private static byte[] XlsxSeed()
        => File.ReadAllBytes(Path.Combine(FuzzCorpus.Folder, "..", "seeds", "members.xlsx"));
}
