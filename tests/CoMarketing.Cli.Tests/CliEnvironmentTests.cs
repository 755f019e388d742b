using System.Globalization;

namespace CoMarketing.Cli.Tests;

public sealed class CliEnvironmentTests
{
    private static CliEnvironment With(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return new CliEnvironment(TextWriter.Null, TextWriter.Null, name => map.GetValueOrDefault(name), TimeProvider.System, CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Database_Should_Default_To_Xdg_Data_Home()
    {
        With(("XDG_DATA_HOME", "/data"), ("HOME", "/home/u")).ResolveDatabasePath(null)
            .ShouldBe("/data/comarketing/comarketing.db");
    }

    [Fact]
    public void Database_Should_Fall_Back_To_Local_Share_When_Xdg_Is_Unset()
    {
        With(("HOME", "/home/u")).ResolveDatabasePath(null).ShouldBe("/home/u/.local/share/comarketing/comarketing.db");
    }

    [Fact]
    public void Database_Option_Should_Win_Over_Environment_Variable()
    {
        var environment = With(("COMARKETING_DB", "/env.db"), ("HOME", "/home/u"));
        environment.ResolveDatabasePath(null).ShouldBe("/env.db");
        environment.ResolveDatabasePath("/opt/x.db").ShouldBe("/opt/x.db");
    }

    [Fact]
    public void Unknown_Option_Should_Be_A_Usage_Error()
    {
        // Given
        var error = new StringWriter();
        var environment = With(("HOME", "/home/u")) with { Error = error };

        // When
        var code = CliApplication.Run(["--no-such-option"], environment);

        // Then
        code.ShouldBe(ExitCodes.Usage);
        error.ToString().ShouldContain("--no-such-option");
    }
}
