"""Forms of partnership agreements: parties, accountability, commitments, signatures."""

from django import forms

from laa.models import (
    AgreementOutcome,
    Commitment,
    Outcome,
    PartnershipAgreement,
)
from lsp_portal.forms import NUMBER_WIDGET, date_field, govuk_helper
from tenancy.models import Organisation


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
