using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.SignIn;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.SignIn;

public sealed class PickBusinessModelTests
{
    [Theory]
    [InlineData("aalto", new[] { "Kahvila Aalto" })]
    [InlineData("KAHVILA aalto", new[] { "Kahvila Aalto" })]
    [InlineData("no such name", new string[0])]
    public void The_Search_Should_Keep_Names_Containing_Every_Word(string filter, string[] expected)
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var model = new PickBusinessModel(backend.GetBusinesses(), TuiTexts.English);

        // When
        model.SetFilter(filter);

        // Then
        model.Rows.Select(b => b.Name).ShouldBe(expected);
    }

    [Fact]
    public void An_Empty_Search_Should_List_Every_Member()
    {
        // Given
        var backend = InMemoryPlannerBackend.Demo();
        var model = new PickBusinessModel(backend.GetBusinesses(), TuiTexts.English);
        model.SetFilter("aalto");

        // When
        model.SetFilter("  ");

        // Then
        model.Rows.Count.ShouldBe(45);
    }
}
