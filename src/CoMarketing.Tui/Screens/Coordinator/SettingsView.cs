using CoMarketing.Core.Association;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoMarketing.Tui.Screens.Coordinator;

/// <summary>The association's settings as a window over <see cref="SettingsModel"/>: one field a row, its problem below it.</summary>
public sealed class SettingsView : Window
{
    private readonly SettingsModel _model;
    private readonly TextField _name;
    private readonly TextField _population;
    private readonly TextField _vat;
    private readonly TextField _idle;
    private readonly OptionSelector _language;
    private readonly CheckBox _smallTown;
    private readonly OptionSelector _sharing;
    private readonly TextField _email;
    private readonly TextField _phone;
    private readonly Dictionary<string, Label> _errors = [];
    private readonly Label _message;

    public SettingsView(SettingsModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        var texts = model.Texts;
        Title = texts.Get("ToolSettings");
        _name = ToolLayout.Field(this, texts.Get("SettingsName"), model.Name, 0, 40);
        _errors[SettingsModel.NameField] = ToolLayout.ErrorLine(this, 1);
        _population = ToolLayout.Field(this, texts.Get("SettingsPopulation"), model.Population, 2, 12);
        _errors[SettingsModel.PopulationField] = ToolLayout.ErrorLine(this, 3);
        _vat = ToolLayout.Field(this, texts.Get("SettingsVat"), model.Vat, 4, 8);
        _errors[SettingsModel.VatField] = ToolLayout.ErrorLine(this, 5);
        _idle = ToolLayout.Field(this, texts.Get("SettingsIdle"), model.IdleMinutes, 6, 5);
        _errors[SettingsModel.IdleField] = ToolLayout.ErrorLine(this, 7);
        Add(new Label { Text = texts.Get("SettingsLanguage"), X = 0, Y = 8, Width = ToolLayout.LabelWidth });
        _language = new OptionSelector
        {
            X = ToolLayout.LabelWidth + 1,
            Y = 8,
            Orientation = Orientation.Horizontal,
            Labels = [texts.Get("LanguageFinnish"), texts.Get("LanguageEnglish")],
            Value = model.Language == Language.Finnish ? 0 : 1,
        };
        _smallTown = new CheckBox
        {
            Text = texts.Get("SettingsSmallTown"),
            X = ToolLayout.LabelWidth + 1,
            Y = 10,
            Value = model.SmallTownMode ? CheckState.Checked : CheckState.UnChecked,
        };
        Add(new Label { Text = texts.Get("SettingsFederation"), X = 0, Y = 12, Width = ToolLayout.LabelWidth });
        _sharing = new OptionSelector
        {
            X = ToolLayout.LabelWidth + 1,
            Y = 12,
            Orientation = Orientation.Horizontal,
            Labels = [texts.Get("SharingNone"), texts.Get("SharingCounts"), texts.Get("SharingProfiles"), texts.Get("SharingContacts")],
            Value = (int)model.Sharing,
        };
        Add(_language, _smallTown, _sharing);
        _email = ToolLayout.Field(this, texts.Get("SettingsCoordinatorEmail"), model.CoordinatorEmail, 14, 36);
        _phone = ToolLayout.Field(this, texts.Get("SettingsCoordinatorPhone"), model.CoordinatorPhone, 15, 20);
        _errors[SettingsModel.CoordinatorField] = ToolLayout.ErrorLine(this, 16);
        _message = ToolLayout.MessageLine(this);
        ToolLayout.Buttons(this, (texts.Get("Save"), Save));
    }

    /// <summary>What the federation's other associations see (none, counts, profiles, contacts, left to right).</summary>
    public OptionSelector Sharing => _sharing;

    public TextField CoordinatorEmail => _email;

    private void Save()
    {
        _model.Name = _name.Text;
        _model.Population = _population.Text;
        _model.Vat = _vat.Text;
        _model.IdleMinutes = _idle.Text;
        _model.Language = _language.Value == 1 ? Language.English : Language.Finnish;
        _model.SmallTownMode = _smallTown.Value == CheckState.Checked;
        _model.Sharing = (FederationSharing)(_sharing.Value ?? 0);
        _model.CoordinatorEmail = _email.Text;
        _model.CoordinatorPhone = _phone.Text;
        _model.Save();
        foreach (var (field, line) in _errors)
        {
            ToolLayout.ShowError(line, _model.Errors, field);
        }

        ToolLayout.ShowMessage(_message, _model.Message);
    }
}
