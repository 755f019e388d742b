using System.Collections.ObjectModel;
using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Advice;
using CoMarketing.Tui.Screens.Pickers;
using CoMarketing.Tui.Shell;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// One campaign's window: a page list on the left (details, costs and split, status, plan and tasks, results, channel
/// advice, export) and the chosen page on the right. A new campaign has only its details page until it is saved. Built from the <see cref="PlannerService"/> of
/// the signed-in session; see <see cref="CampaignScreens"/> for the entry points.
/// </summary>
public sealed class CampaignWorkspace : Window, IKeyHints
{
    private readonly PlannerService _service;
    private readonly ListView _pages = new() { Width = 18, Height = Dim.Fill() };
    private readonly View _content = new() { X = 19, Width = Dim.Fill(), Height = Dim.Fill(), CanFocus = true };
    private readonly QuestionView _question;
    private readonly IReadOnlyList<Business>? _members;
    private Campaign? _campaign;
    private CampaignFormModel _form;

    internal CampaignWorkspace(PlannerService service, Campaign? campaign, IEnumerable<long>? partners, IReadOnlyList<Business>? members = null)
    {
        _service = service;
        _campaign = campaign;
        _members = members;
        _form = campaign is null ? CampaignFormModel.ForNew(service, partners, members) : CampaignFormModel.ForEdit(service, campaign, members);
        Width = Dim.Fill();
        Height = Dim.Fill();
        _pages.ValueChanged += (_, _) => ShowPage(_pages.SelectedItem ?? 0);
        _question = new QuestionView(service.Texts) { X = 19, Y = Pos.AnchorEnd(1) };
        Add(_pages, _content, _question);
        ShowPages();
        ShowPage(0);
        if (campaign is null)
        {
            // A new campaign starts at its name, not at the page list: typing goes where the user expects it.
            Initialized += (_, _) => _content.SetFocus();
        }
    }

    /// <summary>The campaign as saved, or null while a new one is not saved yet.</summary>
    public Campaign? Campaign => _campaign;

    /// <summary>The campaign's name, or "New campaign", after "CoMarketing ›".</summary>
    public string HintTitle => Title;

    /// <summary>The keys every page shares (Tab between fields, Ctrl+S saves the page), then the page's own for F1 help.</summary>
    public IReadOnlyList<Screens.KeyBinding> HintKeys
    {
        get
        {
            var texts = _service.Texts;
            if (_question.Visible)
            {
                return [new("k/y", texts.Get("KeySaveYours")), new("e/n", texts.Get("KeyReloadTheirs")), new("Esc", texts.Get("KeyDecideLater"))];
            }

            return
            [
                new("Tab", texts.KeyNextField),
                new("Ctrl+S", texts.KeySave),
                new("Ctrl+PgDn/PgUp", CampaignTexts.Of(texts).Get("KeyNextPage")),
                .. (Page as IKeyHints)?.HintKeys ?? [],
            ];
        }
    }

    /// <summary>The page on show: its view (details, costs or status).</summary>
    public View? Page => _content.SubViews.FirstOrDefault();

    /// <summary>Something was saved (the shell refreshes its campaign list).</summary>
    public event EventHandler? Saved;

    /// <summary>Shows page <paramref name="index"/>: 0 details, 1 costs and split, 2 status, 3 plan and tasks, 4 results, 5 channel advice, 6 export.</summary>
    public void ShowPage(int index)
    {
        foreach (var old in _content.SubViews.ToList())
        {
            _content.Remove(old);
            old.Dispose();
        }

        View page = (index, _campaign) switch
        {
            (1, { } c) => Costs(new CostItemsView(new CostItemsModel(_service, c))),
            (2, { } c) => Status(new CampaignStatusView(new CampaignStatusModel(_service, c))),
            (3, { } c) => Plan(new CampaignPlanView(new CampaignPlanModel(_service, c))),
            (4, { } c) => Results(new CampaignResultsView(new CampaignResultsModel(_service, c))),
            (5, { } c) => Advice(c),
            (6, { } c) => Export(c),
            _ => Details(new CampaignFormView(_form)),
        };
        if (page is ISavedElsewherePage refusable)
        {
            refusable.SavedElsewhere += (_, _) => AskYoursOrTheirs(refusable, index);
        }

        _content.Add(page);
    }

    /// <summary>The question on the workspace's last line while one waits for an answer.</summary>
    public string? Question => _question.Question;

    /// <summary>
    /// A page's save was refused because someone else saved the campaign since the page opened it: "yours or theirs?"
    /// Yes saves the page's input onto their save (their changes on other pages stay); no opens the page again on
    /// their save, dropping the input; Esc leaves both as they are.
    /// </summary>
    private void AskYoursOrTheirs(ISavedElsewherePage page, int index)
    {
        var texts = _service.Texts;
        _question.Ask(texts.Get("SavedElsewhereAsk"), yours =>
        {
            if (_campaign is null || _service.GetCampaign(_campaign.Id) is not { } stored)
            {
                page.Notify("! " + CampaignTexts.Of(texts).Format("CampaignGone", _campaign?.Id ?? 0));
                return;
            }

            if (yours)
            {
                page.SaveOnto(stored);
                return;
            }

            Adopt(stored);
            ShowPages();
            ShowPage(index);
            if (Page is ISavedElsewherePage reopened)
            {
                reopened.Notify(texts.Format("SavedElsewhereReloaded", stored.Name));
            }

            _content.SetFocus();
        }, texts.Get("SavedElsewhereKeys"), enterMeansYes: false, later: () => { });
    }

    /// <summary>Ctrl+PageDown and Ctrl+PageUp turn to the next and previous page from anywhere, and into its first field.</summary>
    protected override bool OnKeyDown(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key != Key.PageDown.WithCtrl && key != Key.PageUp.WithCtrl)
        {
            return base.OnKeyDown(key);
        }

        var count = _pages.Source?.Count ?? 1;
        var next = ((_pages.SelectedItem ?? 0) + (key == Key.PageDown.WithCtrl ? 1 : count - 1)) % count;
        _pages.SelectedItem = next;
        _content.SetFocus();
        return true;
    }

    private CampaignFormView Details(CampaignFormView view)
    {
        view.Saved += (_, saved) =>
        {
            Adopt(saved);
            ShowPages(); // a new campaign gains its other pages, a renamed one its title
        };
        return view;
    }

    /// <summary>Where the participants should spend a joint budget (issue 14's advice, as <c>channels advise</c>).</summary>
    private AdviceView Advice(Campaign campaign) => AdviceView.For(_service, campaign.Participants);

    /// <summary>The export page: the summary as <c>comarketing export</c> writes it, into a file the user chooses.</summary>
    private CampaignExportView Export(Campaign campaign)
    {
        var texts = _form.Format.Texts;
        var backend = _service.Backend;
        var model = new ExportDialogModel(
            CampaignFigures.Summarize(_service, campaign), backend.Exporter, backend.ExportFolder,
            texts.IsFinnish ? Language.Finnish : Language.English, backend.Clock);
        return new CampaignExportView(model, texts);
    }

    private CostItemsView Costs(CostItemsView view)
    {
        view.Saved += (_, _) => Adopt(view.Model.Campaign);
        return view;
    }

    private CampaignResultsView Results(CampaignResultsView view)
    {
        view.Saved += (_, _) => Adopt(view.Model.Campaign);
        return view;
    }

    private CampaignStatusView Status(CampaignStatusView view)
    {
        view.Changed += (_, _) => Adopt(view.Model.Campaign);
        return view;
    }

    private CampaignPlanView Plan(CampaignPlanView view)
    {
        view.Saved += (_, _) => Adopt(view.Model.Campaign);
        return view;
    }

    /// <summary>A page saved: every other page opens on the campaign as saved, and the shell refreshes its list.</summary>
    private void Adopt(Campaign saved)
    {
        _campaign = saved;
        _form = CampaignFormModel.ForEdit(_service, saved, _members);
        Saved?.Invoke(this, EventArgs.Empty);
    }

    private void ShowPages()
    {
        var texts = _form.Format.Texts;
        Title = _campaign is null ? texts.Get("NewCampaignTitle") : texts.Format("WorkspaceTitle", _campaign.Name);
        _pages.SetSource(new ObservableCollection<string>(_campaign is null
            ? [texts.Get("PageDetails")]
            : [texts.Get("PageDetails"), texts.Get("PageCosts"), texts.Get("PageStatus"), texts.Get("PagePlan"), texts.Get("PageResults"), texts.Get("PageAdvice"), texts.Get("PageExport")]));
    }
}
