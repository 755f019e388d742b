using CoMarketing.EndToEnd.Tests.Infrastructure;

namespace CoMarketing.EndToEnd.Tests;

public sealed class StoreFileSafetyStories : IDisposable
{
    private readonly ComarketingProcess _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void I_get_one_clear_line_and_no_new_file_when_db_is_not_a_database_file()
    {
        // Given
        var empty = _cli.PathOf("empty.db");
        File.WriteAllBytes(empty, []);
        var folder = _cli.PathOf("a-folder");
        Directory.CreateDirectory(folder);

        // When
        var results = new[]
        {
            (_cli.Run("export", "1", "--format", "csv", "--db", empty), "is empty or not a regular file"),
            (_cli.Run("businesses", "--db", ""), "--db needs a file path"),
            (_cli.Run("check", "--db", folder), "is a folder"),
            (_cli.Run("businesses", "--db", "/dev/null"), "not a regular file"),
        };

        // Then
        foreach (var (result, expected) in results)
        {
            result.ExitCode.ShouldBe(1, result.StdErr);
            result.StdErr.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain(expected);
        }

        new FileInfo(empty).Length.ShouldBe(0);
        File.Exists(_cli.DefaultDatabase).ShouldBeFalse();
    }

    [Fact]
    public void A_command_that_fails_on_a_new_path_leaves_no_database_behind()
    {
        var path = _cli.PathOf("new.db");
        var result = _cli.Run("export", "99", "--format", "csv", "--db", path);
        result.ExitCode.ShouldBe(1);
        File.Exists(path).ShouldBeFalse();
    }
}
