from django import forms

from lsp_portal.forms import date_field, govuk_helper
from scrutiny import selectors
from scrutiny.models import Committee, CommitteeMember


class CommitteeForm(forms.ModelForm):
    class Meta:
        model = Committee
        fields = ["name", "remit", "is_crime_and_disorder", "joint_with", "is_archived"]
        widgets = {"remit": forms.Textarea(attrs={"rows": 4})}
        error_messages = {"name": {"required": "Enter the committee's name"}}

    def __init__(self, *args, lsp, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.fields["joint_with"].queryset = selectors.joint_partners(lsp=lsp)
        self.fields["joint_with"].empty_label = "Not a joint committee"
        if self.instance.pk is None:
            del self.fields["is_archived"]
        else:
            self.fields[
                "is_archived"
            ].help_text = "An archived committee no longer meets; its reviews stay in the record."
        self.helper = govuk_helper("Save committee")


class CommitteeMemberForm(forms.ModelForm):
    starts_on = date_field("First day", required_message="Enter the first day on the committee")

    class Meta:
        model = CommitteeMember
        fields = ["person", "position", "starts_on"]
        labels = {"person": "Councillor"}
        widgets = {"position": forms.RadioSelect}
        error_messages = {
            "person": {"required": "Choose the councillor"},
            "position": {"required": "Choose their position"},
        }

    def __init__(self, *args, committee, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = committee.lsp
        self.instance.committee = committee
        people = selectors.scrutineers_for(committee=committee)
        field = self.fields["person"]
        field.queryset = field.queryset.filter(pk__in=[person.pk for person in people])
        field.empty_label = "Choose a councillor"
        field.help_text = "Scrutineers of the partnership (and of the joint one, if any)."
        self.helper = govuk_helper("Add to the committee")


class EndSeatForm(forms.Form):
    ends_on = date_field("Last day on the committee", required_message="Enter the last day")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper("End their seat")
