using CoMarketing.Core.Businesses;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Editor;
using CoMarketing.Tui.Tests.Application;

namespace CoMarketing.Tui.Tests.Screens.Editor;

/// <summary>A demo backend, a session and an editor driven by keys.</summary>
internal sealed class EditorTestKit
{
    public EditorTestKit(Session session, string? businessName = "Kahvila Aalto", TuiTexts? texts = null, int width = 80, int height = 24)
    {
        Backend = InMemoryPlannerBackend.Demo();
        Service = new PlannerService(Backend, session);
        Business = businessName is null ? null : Service.GetBusiness(Backend.Named(businessName).Id);
        Driver = new ScreenDriver(new ParentScreen(), width, height, texts);
        Driver.Navigator.Run(Tui.Screens.ScreenCommand.Push(BusinessEditorScreen.Open(Service, Business, Driver.Texts)));
    }

    public InMemoryPlannerBackend Backend { get; }

    public PlannerService Service { get; }

    public Business? Business { get; }

    public ScreenDriver Driver { get; }

    public BusinessEditorScreen Editor => Driver.Screen<BusinessEditorScreen>();

    public static EditorTestKit OwnBusiness(string name = "Kahvila Aalto", TuiTexts? texts = null, int width = 80, int height = 24)
    {
        var id = InMemoryPlannerBackend.Demo().Named(name).Id;
        return new EditorTestKit(Session.Member(id), name, texts, width, height);
    }

    public EditorTestKit Press(string script)
    {
        Driver.Press(script);
        return this;
    }

    public EditorTestKit Type(string text)
    {
        Driver.Type(text);
        return this;
    }
}
