"""Forms for figures: submitting, returning, and exception commentary."""

from datetime import date

from django import forms

from lsp_portal.forms import NUMBER_WIDGET, govuk_helper


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


class ExceptionCommentaryForm(forms.Form):
    text = forms.CharField(
        label="What is being done, and by when?",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Say what is being done, and by when"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper("Send commentary")
