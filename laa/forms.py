from datetime import date

from django import forms

from laa.models import (
    AccountableAction,
    AgreementOutcome,
    Block,
    Commitment,
    Indicator,
    LocalAreaAgreement,
    Outcome,
    PartnershipAgreement,
    PerformanceSettings,
    Polarity,
    Target,
)
from lsp_portal.forms import NUMBER_WIDGET, date_field, govuk_helper
from lsp_portal.uploads import validate_table
from partnerships.models import Partnership
from strategies.selectors import current_priorities
from tenancy.models import Organisation


class AgreementForm(forms.ModelForm):
    signed_on = date_field("Date signed", required=False)

    class Meta:
        model = LocalAreaAgreement
        fields = [
            "title",
            "period_start",
            "period_end",
            "status",
            "government_office",
            "signed_on",
            "signatories",
        ]
        error_messages = {
            "title": {"required": "Enter the title of the agreement"},
            "period_start": {"required": "Enter the first year of the agreement"},
            "period_end": {"required": "Enter the last year of the agreement"},
        }

    def __init__(self, *args, lsp, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        for name in ("period_start", "period_end"):
            self.fields[name].widget.attrs["class"] = "govuk-input--width-4"
        self.helper = govuk_helper("Save agreement")


class BlockForm(forms.ModelForm):
    class Meta:
        model = Block
        fields = ["name", "order"]
        labels = {"order": "Position in lists"}
        error_messages = {"name": {"required": "Enter the name of the block"}}

    def __init__(self, *args, lsp, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.fields["order"].widget.attrs["class"] = "govuk-input--width-3"
        self.helper = govuk_helper("Save block")


class OutcomeForm(forms.ModelForm):
    class Meta:
        model = Outcome
        fields = ["block", "agreement", "title", "description", "priorities", "lead_partnership"]
        labels = {"priorities": "Strategy priorities it delivers", "agreement": "Agreement"}
        widgets = {"priorities": forms.CheckboxSelectMultiple}
        error_messages = {
            "block": {"required": "Choose the block"},
            "title": {"required": "Enter the outcome"},
        }

    def __init__(self, *args, lsp, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.fields["block"].queryset = Block.objects.for_lsp(lsp)
        self.fields["agreement"].queryset = LocalAreaAgreement.objects.for_lsp(lsp)
        self.fields["agreement"].empty_label = "None: a local outcome"
        self.fields["priorities"].queryset = current_priorities(lsp=lsp)
        self.fields["lead_partnership"].queryset = Partnership.objects.for_lsp(lsp)
        self.fields["lead_partnership"].empty_label = "None named"
        self.helper = govuk_helper("Save outcome")


class TargetForm(forms.ModelForm):
    baseline_on = date_field("Baseline date", required=False)

    class Meta:
        model = Target
        fields = [
            "indicator",
            "district",
            "baseline_value",
            "baseline_on",
            "is_designated",
            "stretch_value",
            "reward_grant",
        ]
        labels = {"baseline_value": "Baseline value"}
        widgets = {
            "baseline_value": NUMBER_WIDGET,
            "stretch_value": NUMBER_WIDGET,
            "reward_grant": NUMBER_WIDGET,
        }
        error_messages = {
            "indicator": {"required": "Choose the indicator"},
            "baseline_value": {"invalid": "Enter the baseline as a number, like 12.5"},
            "stretch_value": {"invalid": "Enter the stretch target as a number"},
            "reward_grant": {"invalid": "Enter the reward grant in pounds, like 250000"},
        }

    def __init__(self, *args, lsp, outcome, years: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.instance.outcome = outcome
        self.years = years
        self.fields["indicator"].queryset = Indicator.objects.available_to(lsp).order_by(
            "lsp_id", "pk"
        )
        districts = lsp.district_lsps.order_by("name")
        if districts.exists():
            self.fields["district"].queryset = districts
            self.fields["district"].empty_label = "None: the whole county"
            self.fields["district"].label = "District's share"
        else:
            del self.fields["district"]
        existing = {y.year: y.value for y in self.instance.years.all()} if self.instance.pk else {}
        for year in years:
            self.fields[f"year_{year}"] = forms.DecimalField(
                label=f"Target for {year}/{(year + 1) % 100:02d}",
                required=False,
                widget=NUMBER_WIDGET,
                initial=existing.get(year),
                error_messages={"invalid": "Enter the target as a number, like 12.5"},
            )
        self.helper = govuk_helper("Save target")

    def yearly(self) -> dict[int, object]:
        return {year: self.cleaned_data.get(f"year_{year}") for year in self.years}


class LocalIndicatorForm(forms.ModelForm):
    class Meta:
        model = Indicator
        fields = ["code", "title", "unit", "polarity", "frequency", "data_source", "decimal_places"]
        widgets = {"polarity": forms.RadioSelect, "frequency": forms.RadioSelect}
        error_messages = {
            "code": {"required": "Enter a code, for example L 1"},
            "title": {"required": "Enter the indicator's title"},
        }

    def __init__(self, *args, lsp, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.fields["polarity"].choices = Polarity.choices
        self.fields["polarity"].required = True
        self.fields["polarity"].error_messages["required"] = (
            "Choose whether higher or lower is better"
        )
        self.fields["frequency"].choices = Indicator.Frequency.choices
        self.helper = govuk_helper("Save indicator")


class IndicatorCorrectionForm(forms.Form):
    title = forms.CharField(max_length=300, error_messages={"required": "Enter the title"})
    polarity = forms.ChoiceField(
        choices=Polarity.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose whether higher or lower is better"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper("Save correction")


class PerformanceSettingsForm(forms.ModelForm):
    class Meta:
        model = PerformanceSettings
        fields = ["rag_tolerance"]
        widgets = {"rag_tolerance": NUMBER_WIDGET}

    def __init__(self, *args, lsp, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.helper = govuk_helper("Save")

    def clean_rag_tolerance(self):
        value = self.cleaned_data["rag_tolerance"]
        if value < 0 or value > 1:
            raise forms.ValidationError("Enter a share between 0 and 1, like 0.05 for 5%")
        return value


class FigureForm(forms.Form):
    period_end = forms.TypedChoiceField(
        label="Period",
        coerce=date.fromisoformat,
        error_messages={"required": "Choose the period", "invalid_choice": "Choose a period"},
    )
    value = forms.DecimalField(
        label="Figure",
        required=False,
        widget=NUMBER_WIDGET,
        help_text="Or leave it empty and give the numerator and denominator.",
        error_messages={"invalid": "Enter the figure as a number, like 12.5"},
    )
    numerator = forms.DecimalField(
        required=False,
        widget=NUMBER_WIDGET,
        error_messages={"invalid": "Enter the numerator as a number"},
    )
    denominator = forms.DecimalField(
        required=False,
        widget=NUMBER_WIDGET,
        error_messages={"invalid": "Enter the denominator as a number"},
    )
    commentary = forms.CharField(
        label="Commentary",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What lies behind the figure, and what is being done if it is off track.",
    )

    def __init__(self, *args, periods, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["period_end"].choices = [("", "Choose a period")] + [
            (period.end.isoformat(), period.label) for period in periods
        ]
        self.helper = govuk_helper("Submit the figure")

    def clean(self):
        data = super().clean()
        parts = (data.get("numerator"), data.get("denominator"))
        if data.get("value") is None and None in parts and not self.errors:
            raise forms.ValidationError("Enter the figure, or both its numerator and denominator")
        if data.get("denominator") == 0:
            self.add_error("denominator", "The denominator cannot be zero")
        return data


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label="Why is the figure returned?",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say why the figure is returned"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper("Return the figure")


class PartnershipAgreementForm(forms.ModelForm):
    review_on = date_field("Review date", required=False)

    class Meta:
        model = PartnershipAgreement
        fields = ["title", "purpose", "review_on"]
        error_messages = {"title": {"required": "Enter the title of the agreement"}}

    def __init__(self, *args, lsp, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.helper = govuk_helper("Save agreement")


def _organisations(lsp):
    return Organisation.objects.for_lsp(lsp).order_by("name")


class AgreementPartyForm(forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        empty_label="Choose an organisation",
        error_messages={"required": "Choose the organisation"},
    )

    def __init__(self, *args, lsp, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = _organisations(lsp)
        self.helper = govuk_helper("Add party")


class AgreementOutcomeForm(forms.ModelForm):
    class Meta:
        model = AgreementOutcome
        fields = ["outcome", "accountable", "contributors"]
        widgets = {"contributors": forms.CheckboxSelectMultiple}
        labels = {"contributors": "Contributing organisations"}
        error_messages = {
            "outcome": {"required": "Choose the outcome"},
            "accountable": {"required": "Choose the accountable organisation"},
        }

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp_id = agreement.lsp_id
        self.instance.agreement = agreement
        parties = _organisations(agreement.lsp_id).filter(agreement_parties__agreement=agreement)
        self.fields["outcome"].queryset = Outcome.objects.for_lsp(agreement.lsp_id)
        self.fields["accountable"].queryset = parties
        self.fields["contributors"].queryset = parties
        self.helper = govuk_helper("Save")


class CommitmentForm(forms.ModelForm):
    class Meta:
        model = Commitment
        fields = ["organisation", "kind", "description", "funding", "staff_days"]
        labels = {"kind": "What is committed"}
        widgets = {
            "kind": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 3}),
            "funding": NUMBER_WIDGET,
            "staff_days": NUMBER_WIDGET,
        }
        error_messages = {
            "organisation": {"required": "Choose the organisation"},
            "kind": {"required": "Choose what is committed"},
            "description": {"required": "Describe the commitment"},
            "funding": {"invalid": "Enter the funding in pounds, like 25000"},
            "staff_days": {"invalid": "Enter the staff time in days, like 20"},
        }

    def __init__(self, *args, agreement, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp_id = agreement.lsp_id
        self.instance.agreement = agreement
        self.fields["organisation"].queryset = _organisations(agreement.lsp_id).filter(
            agreement_parties__agreement=agreement
        )
        self.fields["kind"].choices = Commitment.Kind.choices
        self.helper = govuk_helper("Save commitment")


class SignForm(forms.Form):
    party = forms.ModelChoiceField(
        label="Signing for",
        queryset=None,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the organisation you sign for"},
    )

    def __init__(self, *args, parties, record: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["party"].queryset = parties
        self.fields["party"].label_from_instance = lambda party: str(party.organisation)
        if record:
            self.fields["party"].label = "Whose signature are you recording?"
            self.fields["signatory_name"] = forms.CharField(
                label="Signed by",
                max_length=200,
                help_text="Name and role, as on the signed paper.",
                error_messages={"required": "Enter who signed, as on the paper"},
            )
        self.helper = govuk_helper("Record the signature" if record else "Sign the agreement")


class AccountableActionForm(forms.ModelForm):
    starts_on = date_field("Start date", required=False)
    due_on = date_field("Due date")

    class Meta:
        model = AccountableAction
        fields = [
            "title",
            "outcome",
            "priority",
            "accountable",
            "owner",
            "resources",
            "starts_on",
            "due_on",
            "status",
        ]
        widgets = {"resources": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "title": {"required": "Enter the action"},
            "accountable": {"required": "Choose the accountable organisation"},
        }

    def __init__(self, *args, lsp, outcomes, organisations, owners, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.fields["outcome"].queryset = outcomes
        self.fields["outcome"].empty_label = "None: it serves a strategy priority"
        self.fields["priority"].queryset = current_priorities(lsp=lsp)
        self.fields["priority"].empty_label = "None"
        self.fields["accountable"].queryset = organisations
        self.fields["owner"].queryset = owners
        self.fields["owner"].empty_label = "Not named yet"
        self.fields["owner"].label_from_instance = str
        self.helper = govuk_helper("Save action")


class ExceptionCommentaryForm(forms.Form):
    text = forms.CharField(
        label="What is being done, and by when?",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Say what is being done, and by when"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper("Send commentary")


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Upload a file",
        help_text="CSV or Excel (XLSX), up to 10 MB, with the template's columns.",
        error_messages={"required": "Select a CSV or Excel file"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper("Check and import")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        validate_table(upload)
        return upload
