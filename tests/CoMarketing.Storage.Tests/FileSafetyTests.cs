using CoMarketing.Core.Audit;
using CoMarketing.Core.Common;
using CoMarketing.Storage.Tests.Infrastructure;

namespace CoMarketing.Storage.Tests;

/// <summary>Paths that are not a database are refused without being touched; a read-only file stays read-only.</summary>
public sealed class FileSafetyTests : IDisposable
{
    private readonly TempDatabase _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_Read_Only_File_Should_Be_Read_But_Never_Written_Or_Made_Writable()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // Given
        _temp.Open().Businesses.Add(Samples.Cafe(), Actor.Coordinator);
        File.SetUnixFileMode(_temp.Path1, UnixFileMode.UserRead);
        var before = File.ReadAllBytes(_temp.Path1);

        // When
        var store = _temp.Open();

        // Then
        store.IsReadOnly.ShouldBeTrue();
        store.Businesses.Count().ShouldBe(1);
        Should.Throw<DomainException>(() => store.Businesses.Add(Samples.Plain("B"), Actor.Coordinator)).Message.ShouldContain("is read-only, so nothing was changed");
        File.GetUnixFileMode(_temp.Path1).ShouldBe(UnixFileMode.UserRead);
        File.ReadAllBytes(_temp.Path1).ShouldBe(before);
    }

    [Fact]
    public void An_Empty_File_Should_Be_Refused_And_Stay_Empty()
    {
        var path = _temp.File("empty.db");
        File.WriteAllBytes(path, []);
        Should.Throw<DomainException>(() => Store.Open(path, _temp.Clock)).Message.ShouldContain("is empty or not a regular file");
        new FileInfo(path).Length.ShouldBe(0);
    }

    [Fact]
    public void Paths_That_Are_Not_Regular_Files_Should_Be_Refused_In_Words()
    {
        Should.Throw<DomainException>(() => Store.Open(_temp.Folder, _temp.Clock)).Message.ShouldContain("is a folder");
        Should.Throw<DomainException>(() => Store.Open(" ", _temp.Clock)).Message.ShouldContain("The database path is empty");
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Should.Throw<DomainException>(() => Store.Open("/dev/null", _temp.Clock)).Message.ShouldContain("not a regular file");
        File.CreateSymbolicLink(_temp.File("loop1"), _temp.File("loop2"));
        File.CreateSymbolicLink(_temp.File("loop2"), _temp.File("loop1"));
        Should.Throw<DomainException>(() => Store.Open(_temp.File("loop1"), _temp.Clock)).Message.ShouldContain("symbolic link that cannot be followed");
    }

    [Fact]
    public void Parent_Folders_Should_Be_Created_Owner_Only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(_temp.Folder, "a", "b", "c.db");
        Store.Open(path, _temp.Clock);
        File.GetUnixFileMode(Path.Combine(_temp.Folder, "a", "b")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.GetUnixFileMode(Path.Combine(_temp.Folder, "a")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
