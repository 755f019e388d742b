using System.Collections.ObjectModel;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Campaigns;

/// <summary>The thin view over <see cref="CampaignPlanModel"/>: the publications in a list, then the plan for surprises.</summary>
public sealed class CampaignPlanView : View
{
    public CampaignPlanView(CampaignPlanModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        var texts = model.Format.Texts;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        var heading = new Label { Width = Dim.Fill(), Text = texts.Format("PlanHeading", model.Rows.Count) };
        var rows = model.Rows.Count == 0 ? [texts.Get("PlanNone")] : model.Rows.Select(Line).ToList();
        if (model.MyTasks > 0)
        {
            rows.Add(texts.Format("PlanYourTasks", model.MyTasks));
        }

        Publications = new ListView { Y = 1, Width = Dim.Fill(), Height = Dim.Fill(6) };
        Publications.SetSource(new ObservableCollection<string>(rows));
        var surprises = new Label { Y = Pos.AnchorEnd(5), Width = Dim.Fill(), Text = texts.Get("SurprisesHeading") };
        Surprises = new Label { Y = Pos.AnchorEnd(4), Width = Dim.Fill(), Height = 4, Text = string.Join(Environment.NewLine, model.Surprises) };
        Add(heading, Publications, surprises, Surprises);

        string Line(PlanRow row)
            => $"{(row.Mine ? "*" : " ")} {row.Date,-10} {row.Channel,-10} {row.Owner,-24} {row.Description}"
                + (row.Mine ? $" ({texts.Get("PlanYours")})" : string.Empty);
    }

    public CampaignPlanModel Model { get; }

    /// <summary>The publications, one line each, the member's own marked with <c>*</c>.</summary>
    public ListView Publications { get; }

    /// <summary>The plan for surprises.</summary>
    public Label Surprises { get; }
}
