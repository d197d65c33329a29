"""Forms of the indicator library: local indicators, corrections, the amber tolerance."""

from django import forms

from laa.models import (
    Indicator,
    PerformanceSettings,
)
from laa.rag import Polarity
from lsp_portal.forms import NUMBER_WIDGET, govuk_helper


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
