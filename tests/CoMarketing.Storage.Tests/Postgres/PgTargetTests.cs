using CoMarketing.Core.Common;
using CoMarketing.Storage.Postgres;
using Npgsql;

namespace CoMarketing.Storage.Tests.Postgres;

/// <summary>How <c>--db</c> and <c>COMARKETING_DB</c> name a PostgreSQL association (no server needed).</summary>
public sealed class PgTargetTests
{
    [Theory]
    [InlineData("postgres://kioski@db.example:5433/yrittajat", true)]
    [InlineData("postgresql://db/yrittajat", true)]
    [InlineData("Host=db;Database=yrittajat", true)]
    [InlineData("/home/aino/comarketing.db", false)]
    [InlineData("C:\\data\\host=1.db", false)]
    [InlineData("yhdistys.db", false)]
    public void A_Url_Or_Connection_String_Should_Name_A_Server_And_A_Path_Should_Not(string value, bool server)
        => PgTarget.Looks(value).ShouldBe(server);

    [Fact]
    public void A_Url_Should_Give_User_Host_Port_Database_Ssl_Mode_And_Association()
    {
        var target = PgTarget.Parse("postgres://kioski@db.example:5433/yrittajat?sslmode=verify-full&association=Rovaniemen%20Yritt%C3%A4j%C3%A4t");
        (target.Settings.Username, target.Settings.Host, target.Settings.Port, target.Settings.Database).ShouldBe(("kioski", "db.example", 5433, "yrittajat"));
        target.Settings.SslMode.ShouldBe(SslMode.VerifyFull);
        target.Association.ShouldBe("Rovaniemen Yrittäjät");
        target.Display.ShouldBe("postgres://kioski@db.example:5433/yrittajat (association 'Rovaniemen Yrittäjät')");
    }

    [Fact]
    public void A_Connection_String_Should_Keep_Npgsql_Settings_And_Take_The_Association_Out()
    {
        var target = PgTarget.Parse("Host=/tmp/pg;Port=55432;Username=kioski;Database=yrittajat;SSL Mode=Require;Association=kemi");
        (target.Settings.Host, target.Settings.Port, target.Settings.SslMode, target.Association).ShouldBe(("/tmp/pg", 55432, SslMode.Require, "kemi"));
        PgTarget.Parse("postgres://db/yrittajat").Association.ShouldBe(PgTarget.DefaultAssociation);
    }

    [Theory]
    [InlineData("postgres://kioski:salainen@db/yrittajat")]
    [InlineData("postgres://kioski@db/yrittajat?password=salainen")]
    [InlineData("Host=db;Database=yrittajat;Password=salainen")]
    public void A_Password_On_The_Command_Line_Should_Be_Refused(string value)
        => Should.Throw<DomainException>(() => PgTarget.Parse(value)).Message
            .ShouldBe("A password on the command line or in COMARKETING_DB is refused (anyone listing processes could read it); put it in PGPASSWORD or ~/.pgpass, or let the program ask for it.");

    [Theory]
    [InlineData("postgres://db", "'postgres://db' names no database; write postgres://user@host:port/dbname.")]
    [InlineData("postgres://db/x?sslmode=sometimes", "Unknown sslmode 'sometimes'; use disable, allow, prefer, require, verify-ca or verify-full.")]
    [InlineData("postgres://db/x?colour=blue", "The PostgreSQL URL has an unknown setting 'colour'; it knows association and sslmode.")]
    [InlineData("Host=db", "The PostgreSQL connection string needs both Host=… and Database=….")]
    [InlineData("Host=db;Database=x;Association=", "The association's name must be 1–100 characters.")]
    public void A_Target_That_Cannot_Be_Used_Should_Be_Refused_In_Words(string value, string message)
        => Should.Throw<DomainException>(() => PgTarget.Parse(value)).Message.ShouldBe(message);
}
