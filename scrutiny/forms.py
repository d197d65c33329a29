from django import forms

from laa.models import Outcome, Target
from lsp_portal.forms import date_field, govuk_helper
from lsp_portal.uploads import validate_paper
from partnerships.models import Partnership
from scrutiny import selectors
from scrutiny.models import Committee, CommitteeMember, InformationRequest, Review
from scrutiny.services import REQUEST_DAYS
from tenancy.models import Organisation


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


class ReviewForm(forms.ModelForm):
    planned_end_on = date_field("Planned end", required_message="Enter the date it should end")

    class Meta:
        model = Review
        fields = [
            "committee",
            "title",
            "scope",
            "terms_of_reference",
            "kind",
            "lead_member",
            "planned_end_on",
            "outcomes",
            "targets",
            "partnerships",
        ]
        labels = {
            "outcomes": "Outcomes it looks at",
            "targets": "Targets it looks at",
            "partnerships": "Partnerships it looks at",
        }
        widgets = {
            "scope": forms.Textarea(attrs={"rows": 3}),
            "terms_of_reference": forms.Textarea(attrs={"rows": 5}),
            "kind": forms.RadioSelect,
            "outcomes": forms.CheckboxSelectMultiple,
            "targets": forms.CheckboxSelectMultiple,
            "partnerships": forms.CheckboxSelectMultiple,
        }
        error_messages = {
            "committee": {"required": "Choose the committee"},
            "title": {"required": "Enter the review's title"},
            "scope": {"required": "Say what the review looks at"},
        }

    def __init__(self, *args, lsp, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        committees = selectors.committees_of_member(lsp=lsp, user=user)
        self.fields["committee"].queryset = committees
        self.fields["committee"].empty_label = "Choose a committee"
        if self.instance.pk:
            # A review stays with the committee that runs it.
            self.fields["committee"].disabled = True
            self.fields["committee"].queryset = Committee.objects.filter(
                pk=self.instance.committee_id
            )
        people = {p.pk for c in committees for p in selectors.sitting_on(c)}
        lead = self.fields["lead_member"]
        lead.queryset = lead.queryset.filter(pk__in=people)
        lead.empty_label = "No lead member yet"
        self.fields["outcomes"].queryset = Outcome.objects.for_lsp(lsp).order_by("title")
        self.fields["targets"].queryset = (
            Target.objects.for_lsp(lsp)
            .select_related("indicator", "outcome")
            .order_by("indicator__code")
        )
        self.fields["partnerships"].queryset = Partnership.objects.for_lsp(lsp).order_by("name")
        self.helper = govuk_helper("Save review")


class InformationRequestForm(forms.ModelForm):
    due_on = date_field("Answer by", required_message="Enter the date to answer by")

    class Meta:
        model = InformationRequest
        fields = ["organisation", "question", "due_on"]
        labels = {"organisation": "Organisation asked", "question": "What the review asks"}
        widgets = {"question": forms.Textarea(attrs={"rows": 5})}
        error_messages = {
            "organisation": {"required": "Choose the organisation to ask"},
            "question": {"required": "Enter the question"},
        }

    def __init__(self, *args, review, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = review.lsp
        self.instance.review = review
        field = self.fields["organisation"]
        field.queryset = Organisation.objects.for_lsp(review.lsp).order_by("name")
        field.empty_label = "Choose an organisation"
        self.fields["due_on"].help_text = f"Usually {REQUEST_DAYS} days from today."
        self.helper = govuk_helper("Send the request")


class AnswerForm(forms.Form):
    response = forms.CharField(
        label="The answer",
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={"required": "Enter the answer"},
    )
    attachment = forms.FileField(
        label="A document with the answer (optional)",
        required=False,
        validators=[validate_paper],
        help_text="A PDF or Word document of at most 20 MB.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper("Send the answer")


class DeclineForm(forms.Form):
    decline_reason = forms.CharField(
        label="Reasons for declining",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Give the reasons for declining"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper("Decline the request")
