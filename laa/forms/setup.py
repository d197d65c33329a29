"""Forms of the agreement's set-up: the agreement, blocks, outcomes and targets."""

from django import forms

from laa.models import (
    Block,
    Indicator,
    LocalAreaAgreement,
    Outcome,
    Target,
)
from lsp_portal.forms import NUMBER_WIDGET, date_field, govuk_helper
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
            "relates_to",
        ]
        labels = {"baseline_value": "Baseline value"}
        widgets = {
            "baseline_value": NUMBER_WIDGET,
            "stretch_value": NUMBER_WIDGET,
            "reward_grant": NUMBER_WIDGET,
            "relates_to": forms.CheckboxSelectMultiple,
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
        self.fields["relates_to"].queryset = Organisation.objects.for_lsp(lsp).order_by("name")
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
