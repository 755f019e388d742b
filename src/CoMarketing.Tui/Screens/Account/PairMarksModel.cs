using CoMarketing.Core.Businesses;
using CoMarketing.Core.Common;
using CoMarketing.Tui.Application;
using CoMarketing.Tui.Resources;
using CoMarketing.Tui.Screens.Coordinator;

namespace CoMarketing.Tui.Screens.Account;

/// <summary>
/// "Never pair" and "fine together" marks: a member sets and removes its own, the coordinator anyone's. Each change is
/// one audited write through <see cref="PlannerService"/>, which refuses a member touching another business's marks.
/// </summary>
public sealed class PairMarksModel
{
    private readonly PlannerService _service;
    private long _ownerId;

    /// <exception cref="DomainException">A guest (it has no business to mark for).</exception>
    public PairMarksModel(PlannerService service)
    {
        ArgumentNullException.ThrowIfNull(service);
        if (!service.Session.IsCoordinator && service.Session.BusinessId is null)
        {
            throw new DomainException(service.ToolTexts.Get("PermOwnMarks"));
        }

        _service = service;
        var active = service.GetBusinesses();
        Owners = service.Session.IsCoordinator ? active : [.. active.Where(b => b.Id == service.Session.BusinessId)];
        _ownerId = service.Session.BusinessId ?? Owners.FirstOrDefault()?.Id ?? 0;
        Refresh();
    }

    public ToolTexts Texts => _service.ToolTexts;

    /// <summary>Whose marks can be edited: the member's own business, or every active business for the coordinator.</summary>
    public IReadOnlyList<Business> Owners { get; }

    /// <summary>The business whose marks are shown.</summary>
    public long OwnerId
    {
        get => _ownerId;
        set
        {
            if (Owners.All(b => b.Id != value))
            {
                throw new DomainException(Texts.Get("PermOwnMarks"));
            }

            _ownerId = value;
            Refresh();
        }
    }

    /// <summary>Every other active business, with the owner's mark on it (null when none), by name.</summary>
    public IReadOnlyList<(Business Other, PairPreferenceKind? Mark)> Others { get; private set; } = [];

    /// <summary>The chosen row in <see cref="Others"/>, or -1.</summary>
    public int Selected { get; set; } = -1;

    public ToolMessage? Message { get; private set; }

    /// <summary>A row as shown: the name and the mark, if any.</summary>
    public string Describe((Business Other, PairPreferenceKind? Mark) row) => row.Mark switch
    {
        PairPreferenceKind.NeverPair => $"{row.Other.Name} — {Texts.Get("MarkNever")}",
        PairPreferenceKind.FineTogether => $"{row.Other.Name} — {Texts.Get("MarkFine")}",
        _ => row.Other.Name,
    };

    public bool Mark(PairPreferenceKind kind)
    {
        if (Chosen() is not { } other)
        {
            return Fail(Texts.Get("PickMember"));
        }

        var label = Texts.Get(kind == PairPreferenceKind.NeverPair ? "MarkNever" : "MarkFine");
        return Run(() => _service.SetPairMark(_ownerId, other.Id, kind), Texts.Format("MarkSaved", other.Name, label));
    }

    public bool Remove()
    {
        if (Chosen() is not { } other)
        {
            return Fail(Texts.Get("PickMember"));
        }

        return Others[Selected].Mark is null
            ? Fail(Texts.Format("MarkNone", other.Name))
            : Run(() => _service.RemovePairMark(_ownerId, other.Id), Texts.Format("MarkRemoved", other.Name));
    }

    private Business? Chosen() => Selected >= 0 && Selected < Others.Count ? Others[Selected].Other : null;

    private bool Run(Action action, string done)
    {
        var id = Others[Selected].Other.Id;
        try
        {
            action();
        }
        catch (DomainException error)
        {
            return Fail(Texts.Message(error));
        }

        Refresh();
        Selected = Others.ToList().FindIndex(o => o.Other.Id == id);
        Message = ToolMessage.Done(done);
        return true;
    }

    private bool Fail(string text)
    {
        Message = ToolMessage.Error(text);
        return false;
    }

    private void Refresh()
    {
        var marks = _service.GetPairMarks(_ownerId).ToDictionary(p => p.To, p => p.Kind);
        Others = [.. _service.GetBusinesses().Where(b => b.Id != _ownerId).Select(b => (b, marks.TryGetValue(b.Id, out var k) ? k : (PairPreferenceKind?)null))];
        Selected = -1;
    }
}
