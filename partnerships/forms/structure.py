"""Forms of the partnership structure: organisations, partnerships, kinds and seats."""

from django import forms

from lsp_portal.forms import date_field, govuk_helper
from partnerships.models import (
    Membership,
    Partnership,
    PartnershipKind,
)
from tenancy.models import Organisation


class OrganisationForm(forms.ModelForm):
    class Meta:
        model = Organisation
        fields = [
            "name",
            "sector",
            "is_statutory_partner",
            "is_network",
            "networks",
            "charity_number",
            "company_number",
            "nhs_ods_code",
            "nhs_body",
        ]
        widgets = {"networks": forms.CheckboxSelectMultiple}
        error_messages = {
            "name": {"required": "Enter the name of the organisation"},
            "sector": {"required": "Choose the organisation's sector"},
        }

    def __init__(self, *args, lsp, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        networks = Organisation.objects.for_lsp(lsp).filter(is_network=True)
        if self.instance.pk:
            networks = networks.exclude(pk=self.instance.pk)
        self.fields["networks"].queryset = networks
        self.fields["networks"].required = False
        self.helper = govuk_helper("Save organisation")


class PartnershipForm(forms.ModelForm):
    start_date = date_field(
        "Start date",
        help_text="For example, 1 4 2008",
        required_message="Enter the date the partnership started",
    )
    end_date = date_field(
        "End date", required=False, help_text="Leave empty if it has no end date."
    )

    class Meta:
        model = Partnership
        fields = [
            "name",
            "kind",
            "parent",
            "remit",
            "area_covered",
            "meeting_frequency",
            "start_date",
            "end_date",
        ]
        labels = {"kind": "Kind of partnership", "parent": "Reports to"}
        error_messages = {
            "name": {"required": "Enter the name of the partnership"},
            "kind": {"required": "Choose the kind of partnership"},
        }

    def __init__(self, *args, lsp, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        # Only this LSP's choices: another LSP's id is "not one of the available choices".
        self.fields["kind"].queryset = PartnershipKind.objects.for_lsp(lsp)
        parents = Partnership.objects.for_lsp(lsp)
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents
        self.fields["parent"].empty_label = "None (this is the board)"
        self.helper = govuk_helper("Save partnership")


class MembershipForm(forms.ModelForm):
    term_start = date_field("Start of term", required_message="Enter the date the term starts")
    term_end = date_field(
        "End of term", required=False, help_text="Leave empty for an open-ended term."
    )

    class Meta:
        model = Membership
        fields = [
            "person",
            "person_name",
            "organisation",
            "position",
            "sector_seat",
            "nominated_by",
            "term_start",
            "term_end",
            "substitute_name",
        ]
        labels = {
            "person": "Person with a portal account",
            "person_name": "Or the name of a person without an account",
            "organisation": "Organisation represented",
            "substitute_name": "Substitute",
        }
        widgets = {"position": forms.RadioSelect}
        error_messages = {"position": {"required": "Choose the member's position"}}

    def __init__(self, *args, lsp, partnership, people, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.instance.partnership = partnership
        organisations = Organisation.objects.for_lsp(lsp)
        self.fields["person"].queryset = people
        self.fields["person"].empty_label = "No account"
        self.fields["organisation"].queryset = organisations
        self.fields["nominated_by"].queryset = organisations
        self.helper = govuk_helper("Save member")


class EndMembershipForm(forms.Form):
    term_end = date_field("Last day of the term", required_message="Enter the last day of the term")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper("End membership")


class PartnershipKindForm(forms.ModelForm):
    class Meta:
        model = PartnershipKind
        fields = ["name", "order", "requires_end_date", "covers_area"]
        labels = {
            "order": "Position in lists",
            "requires_end_date": "Time-limited: partnerships of this kind need an end date",
            "covers_area": "Covers part of the area: partnerships of this kind say which part",
        }
        error_messages = {"name": {"required": "Enter the name of the kind of partnership"}}

    def __init__(self, *args, lsp, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.fields["order"].widget.attrs["class"] = "govuk-input--width-3"
        self.fields["requires_end_date"].help_text = ""
        self.fields["covers_area"].help_text = ""
        self.helper = govuk_helper("Save")
