"""Forms of meetings: agendas, attendance, declarations, decisions, actions, the forward
plan."""

from datetime import datetime

from django import forms
from django.db.models import Q
from django.utils import timezone

from lsp_portal.forms import date_field, govuk_helper
from lsp_portal.uploads import validate_paper
from partnerships.models import (
    AgendaItem,
    Attendance,
    Decision,
    Declaration,
    Meeting,
    MeetingAction,
    Membership,
    Partnership,
    PlannedDecision,
)
from partnerships.permissions import ACTION_OWNER_ROLES
from partnerships.selectors import members_on, people_choices
from partnerships.services import check_paper_contents
from tenancy.models import LSP, Organisation


class MeetingForm(forms.ModelForm):
    date = date_field("Date", required_message="Enter the date of the meeting")
    time = forms.TimeField(
        label="Start time",
        help_text="For example, 18:30",
        error_messages={"required": "Enter the start time", "invalid": "Enter a time like 18:30"},
        widget=forms.TimeInput(format="%H:%M"),
    )

    class Meta:
        model = Meeting
        fields = ["venue", "online_link", "is_public", "length_minutes"]

    def __init__(self, *args, lsp, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.instance.partnership = partnership
        if self.instance.pk:
            local = timezone.localtime(self.instance.starts_at)
            self.initial.update({"date": local.date(), "time": local.time()})
        self.fields["length_minutes"].widget.attrs["class"] = "govuk-input--width-4"
        self.order_fields(["date", "time", "length_minutes", "venue", "online_link", "is_public"])
        self.helper = govuk_helper("Save meeting")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("date") and cleaned.get("time"):
            self.instance.starts_at = timezone.make_aware(
                datetime.combine(cleaned["date"], cleaned["time"])
            )
        return cleaned


class AgendaItemForm(forms.ModelForm):
    paper = forms.FileField(
        label="Paper",
        required=False,
        help_text="A PDF or Word (DOCX) document of at most 20 MB. If the form shows an "
        "error, select the file again.",
        error_messages={"empty": "The selected file is empty"},
    )

    class Meta:
        model = AgendaItem
        fields = [
            "order",
            "title",
            "presenter",
            "purpose",
            "decision_sought",
            "paper",
            "paper_text",
            "is_confidential",
            "exempt_paragraph",
            "minutes",
        ]
        labels = {"paper_text": "Or the paper as text", "order": "Item number"}
        widgets = {"purpose": forms.RadioSelect}
        error_messages = {"title": {"required": "Enter the title of the item"}}

    def __init__(self, *args, lsp, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.instance.meeting = meeting
        self.fields["order"].widget.attrs["class"] = "govuk-input--width-3"
        self.helper = govuk_helper("Save item")

    def clean_paper(self):
        paper = self.cleaned_data.get("paper")
        if paper:
            validate_paper(paper)
            check_paper_contents(paper)
        return paper


class AttendanceForm(forms.Form):
    """One question per member expected at the meeting."""

    def __init__(self, *args, members, recorded, **kwargs):
        super().__init__(*args, **kwargs)
        self.members = members
        for membership in members:
            existing = recorded.get(membership.pk)
            self.fields[f"status_{membership.pk}"] = forms.ChoiceField(
                label=f"{membership.name} ({membership.get_position_display().lower()})",
                choices=Attendance.Status.choices,
                widget=forms.RadioSelect,
                required=False,
                initial=existing.status if existing else None,
            )
            self.fields[f"substitute_{membership.pk}"] = forms.CharField(
                label=f"Substitute for {membership.name}",
                required=False,
                initial=existing.substitute_name if existing else "",
                help_text="Only if they sent a substitute.",
            )
        self.helper = govuk_helper("Save attendance")

    def statuses(self) -> dict:
        return {
            membership: (
                self.cleaned_data[f"status_{membership.pk}"],
                self.cleaned_data[f"substitute_{membership.pk}"],
            )
            for membership in self.members
            if self.cleaned_data.get(f"status_{membership.pk}")
        }


class AttendancePeriodForm(forms.Form):
    """The period of the attendance report, chosen with GET so the page can be bookmarked."""

    start = date_field("From", required_message="Enter the first day of the period")
    end = date_field("To", required_message="Enter the last day of the period")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper("Show attendance")
        self.helper.form_method = "get"

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["end"] < cleaned["start"]:
            self.add_error("end", "The end of the period must be after its start")
        return cleaned


def _item_choices(field, meeting):
    field.queryset = meeting.items.all()
    field.empty_label = "Not on a particular item"


class DeclarationForm(forms.ModelForm):
    class Meta:
        model = Declaration
        fields = ["membership", "kind", "interest", "left_the_meeting"]
        widgets = {"kind": forms.RadioSelect}
        error_messages = {
            "membership": {"required": "Choose the member who declared the interest"},
            "kind": {"required": "Choose the kind of interest"},
            "interest": {"required": "Describe the interest"},
        }

    def __init__(self, *args, lsp, item, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.instance.agenda_item = item
        meeting = item.meeting
        expected = members_on(
            partnership=meeting.partnership, on=timezone.localdate(meeting.starts_at)
        )
        self.fields["membership"].queryset = Membership.objects.filter(
            pk__in=[m.pk for m in expected]
        ).select_related("person", "organisation")
        self.fields["membership"].label_from_instance = lambda m: (
            f"{m.name}, {m.organisation.name}" if m.organisation_id else m.name
        )
        self.fields["kind"].choices = Declaration.Kind.choices
        self.helper = govuk_helper("Record the declaration")


class DecisionForm(forms.ModelForm):
    planned = forms.ModelChoiceField(
        label="Was this decision in the forward plan?",
        queryset=PlannedDecision.objects.none(),
        required=False,
        empty_label="No, or not listed",
    )

    class Meta:
        model = Decision
        fields = ["agenda_item", "text", "decided_by"]
        error_messages = {
            "text": {"required": "Enter the decision"},
            "decided_by": {"required": "Enter who took the decision"},
        }

    def __init__(self, *args, lsp, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.instance.meeting = meeting
        _item_choices(self.fields["agenda_item"], meeting)
        if self.instance.pk:
            del self.fields["planned"]
        else:
            self.fields["planned"].queryset = PlannedDecision.objects.for_lsp(lsp).filter(
                partnership=meeting.partnership, status=PlannedDecision.Status.EXPECTED
            )
            self.initial.setdefault("decided_by", meeting.partnership.name)
        self.helper = govuk_helper("Save decision")


class MeetingActionForm(forms.ModelForm):
    due_on = date_field("Due by", required_message="Enter the date the action is due")

    class Meta:
        model = MeetingAction
        fields = ["agenda_item", "description", "owner_organisation", "owner", "owner_name"]
        labels = {
            "owner_organisation": "Organisation responsible",
            "owner": "Owner",
            "owner_name": "Or the name of a person without an account",
        }
        error_messages = {
            "description": {"required": "Enter the action"},
            "owner_organisation": {"required": "Choose the organisation responsible"},
        }

    def __init__(self, *args, lsp, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.instance.meeting = meeting
        _item_choices(self.fields["agenda_item"], meeting)
        self.fields["owner_organisation"].queryset = Organisation.objects.for_lsp(lsp)
        self.fields["owner"].queryset = people_choices(lsp=lsp, roles=ACTION_OWNER_ROLES)
        self.fields["owner"].empty_label = "Someone without an account"
        if self.instance.pk:
            self.initial["due_on"] = self.instance.due_on
        self.order_fields(
            ["agenda_item", "description", "owner_organisation", "owner", "owner_name", "due_on"]
        )
        self.helper = govuk_helper("Save action")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("due_on"):
            self.instance.due_on = cleaned["due_on"]
        return cleaned


class PlannedDecisionForm(forms.ModelForm):
    expected_on = date_field("Expected by", required_message="Enter when the decision is expected")

    class Meta:
        model = PlannedDecision
        fields = ["partnership", "title", "summary", "meeting", "lead_organisation", "status"]
        error_messages = {
            "partnership": {"required": "Choose the partnership that will decide"},
            "title": {"required": "Enter the decision to be taken"},
        }

    def __init__(self, *args, lsp, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.fields["partnership"].queryset = Partnership.objects.for_lsp(lsp)
        self.fields["meeting"].queryset = (
            Meeting.objects.for_lsp(lsp)
            .filter(Q(starts_at__date__gte=today) | Q(pk=self.instance.meeting_id))
            .select_related("partnership")
            .order_by("starts_at")
        )
        self.fields["meeting"].empty_label = "Not arranged yet"
        self.fields["lead_organisation"].queryset = Organisation.objects.for_lsp(lsp)
        self.fields["lead_organisation"].empty_label = "None named"
        if self.instance.pk:
            self.initial["expected_on"] = self.instance.expected_on
        else:
            del self.fields["status"]
        self.order_fields(
            ["partnership", "title", "summary", "expected_on", "meeting", "lead_organisation"]
        )
        self.helper = govuk_helper("Save")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("expected_on"):
            self.instance.expected_on = cleaned["expected_on"]
        return cleaned


class ConfirmForm(forms.Form):
    """Only a button: for a change that needs no answers but must be a deliberate POST."""

    def __init__(self, *args, submit_label, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper(submit_label)


class PackRequestForm(forms.Form):
    """Make the next version of a meeting's pack: a draft to check, or published."""

    publish = forms.ChoiceField(
        label="What should happen when the pack is made?",
        choices=[
            ("no", "Keep it as a draft for me to check"),
            ("yes", "Publish it: e-mail the members a link and put the public edition online"),
        ],
        widget=forms.RadioSelect,
        initial="no",
        error_messages={"required": "Choose whether to publish the pack when it is made"},
    )
    urgency_reason = forms.CharField(
        label="The chair's reason for urgency",
        required=False,
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Needed to publish after the deadline. It is printed on the cover and "
        "added to the minutes under urgent business.",
    )

    def __init__(self, *args, late: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if not late:
            del self.fields["urgency_reason"]
        self.helper = govuk_helper("Make the pack")

    def clean(self):
        cleaned = super().clean()
        cleaned.setdefault("urgency_reason", "")
        return cleaned


class MeetingPapersSettingsForm(forms.ModelForm):
    class Meta:
        model = LSP
        fields = ["papers_clear_days"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["papers_clear_days"].widget.attrs["class"] = "govuk-input--width-2"
        self.fields["papers_clear_days"].max_value = 30
        self.helper = govuk_helper("Save")

    def clean_papers_clear_days(self):
        days = self.cleaned_data["papers_clear_days"]
        if days > 30:
            raise forms.ValidationError("Enter a number of clear days from 0 to 30")
        return days
