using CoMarketing.Core.Association;
using CoMarketing.Core.Businesses;
using CoMarketing.Core.Campaigns;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>
/// The cost items editor with its live preview: every change rebuilds the items and splits them with the engines;
/// invalid input is kept at its field, and the preview then keeps the last valid figures, marked stale.
/// Items are reordered, duplicated, and deleted after a confirmation. A closed campaign's costs are read-only.
/// </summary>
public sealed class CostItemsModel
{
    private readonly PlannerService _service;
    private readonly List<CostItemDraft> _items;
    private readonly List<Dictionary<string, string>> _errors = [];
    private readonly IReadOnlyList<Business> _businesses;
    private readonly AssociationSettings _settings;
    private Campaign _campaign;

    /// <summary>The editor over <paramref name="campaign"/>'s items; its partners and the association are read once, here.</summary>
    public CostItemsModel(PlannerService service, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(campaign);
        _service = service;
        _campaign = campaign;
        Format = new CampaignFormat(CampaignTexts.Of(service.Texts));

        // Read once: a keystroke recomputes the split, never the store.
        _settings = service.Backend.GetAssociation();
        _businesses = [.. campaign.Participants.Select(id => service.Backend.GetBusiness(id)
            ?? throw DomainException.Of("CampaignUnknownBusiness", campaign.Name, id))];
        _items = [.. campaign.CostItems.Select(i => CostItemDraft.From(i, Format.Culture))];
        Changed();
    }

    public CampaignFormat Format { get; }

    public Campaign Campaign => _campaign;

    public bool CanEdit => _service.CanEditCampaign(_campaign);

    public IReadOnlyList<CostItemDraft> Items => _items;

    /// <summary>The item being edited, -1 when there is none.</summary>
    public int Selected { get; set; } = -1;

    public CostItemDraft? Current => Selected >= 0 && Selected < _items.Count ? _items[Selected] : null;

    /// <summary>True between <see cref="RequestDelete"/> and its confirmation or cancellation.</summary>
    public bool DeletePending { get; private set; }

    /// <summary>The last valid preview (null until the items first split).</summary>
    public CampaignPreview? Preview { get; private set; }

    /// <summary>True when the current input does not split: <see cref="Preview"/> shows the last valid figures.</summary>
    public bool Stale { get; private set; }

    /// <summary>Why the split failed when the fields are valid but the engine refused them (e.g. exact amounts not totalling).</summary>
    public string? SplitError { get; private set; }

    /// <summary>The campaign with the items as typed, or null while any field is invalid.</summary>
    public Campaign? CurrentCampaign { get; private set; }

    /// <summary>A partner's name as this session may see it.</summary>
    public string PartnerName(long id) => _businesses.FirstOrDefault(b => b.Id == id)?.Name ?? $"#{id}";

    /// <summary>Field errors of item <paramref name="index"/>, by field name.</summary>
    public IReadOnlyDictionary<string, string> ErrorsOf(int index) => index >= 0 && index < _errors.Count ? _errors[index] : new Dictionary<string, string>();

    /// <summary>Adds a blank item with the association's VAT rate and selects it.</summary>
    public void Add()
    {
        _items.Add(CostItemDraft.Blank(_service.Backend.GetAssociation().DefaultVatPercent, Format.Culture));
        Selected = _items.Count - 1;
        Changed();
    }

    public void Duplicate()
    {
        if (Current is { } item)
        {
            _items.Insert(Selected + 1, item.Copy());
            Selected++;
            Changed();
        }
    }

    /// <summary>Moves the selected item by <paramref name="step"/> (−1 up, +1 down); the order decides who gets odd cents.</summary>
    public void Move(int step)
    {
        var target = Selected + step;
        if (Current is { } item && target >= 0 && target < _items.Count)
        {
            _items.RemoveAt(Selected);
            _items.Insert(target, item);
            Selected = target;
            Changed();
        }
    }

    public void RequestDelete() => DeletePending = Current is not null;

    public void CancelDelete() => DeletePending = false;

    public void ConfirmDelete()
    {
        if (DeletePending && Current is not null)
        {
            _items.RemoveAt(Selected);
            Selected = Math.Min(Selected, _items.Count - 1);
            Changed();
        }

        DeletePending = false;
    }

    /// <summary>Rebuilds every item and the preview; call after each edit.</summary>
    public void Changed()
    {
        _errors.Clear();
        var built = new List<CostItem>(_items.Count);
        foreach (var draft in _items)
        {
            var errors = new Dictionary<string, string>(StringComparer.Ordinal);
            _errors.Add(errors);
            if (draft.Build(_campaign.Participants, Format.Texts, errors) is { } item)
            {
                built.Add(item);
            }
        }

        SplitError = null;
        CurrentCampaign = null;
        if (built.Count != _items.Count)
        {
            Stale = Preview is not null;
            return;
        }

        try
        {
            var campaign = _campaign.WithCostItems(built);
            Preview = new CampaignPreview(CampaignFigures.Summarize(campaign, _businesses, _settings), Format);
            CurrentCampaign = campaign;
            Stale = false;
        }
        catch (DomainException error)
        {
            SplitError = Format.Texts.Message(error);
            Stale = Preview is not null;
        }
    }

    /// <summary>Saves the items; null on success, otherwise what stopped it.</summary>
    public string? Save()
    {
        RefusedAsSavedElsewhere = false;
        if (CurrentCampaign is not { } campaign)
        {
            return SplitError ?? Format.Texts.Get("FixFieldsFirst");
        }

        try
        {
            _campaign = _service.UpdateCampaign(campaign);
            return null;
        }
        catch (DomainException error)
        {
            RefusedAsSavedElsewhere = PlannerService.IsSavedElsewhere(error);
            return Format.Texts.Message(error);
        }
    }

    /// <summary>True when the last save was refused because someone else saved the campaign since this page opened it.</summary>
    public bool RefusedAsSavedElsewhere { get; private set; }

    /// <summary>
    /// Puts the items as edited here onto <paramref name="stored"/> (the campaign as someone else saved it meanwhile):
    /// a save then writes these items over theirs and keeps the rest of their save.
    /// </summary>
    public void Rebase(Campaign stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        _campaign = stored;
        Changed();
    }
}
