from datetime import datetime

from django import forms
from django.utils import timezone

from lsp_portal.forms import date_field, govuk_helper
from lsp_portal.uploads import validate_paper
from partnerships.models import (
    AgendaItem,
    Attendance,
    Meeting,
    Membership,
    Organisation,
    Partnership,
    PartnershipKind,
)


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
        fields = ["venue", "online_link", "is_public"]

    def __init__(self, *args, lsp, partnership, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.instance.partnership = partnership
        if self.instance.pk:
            local = timezone.localtime(self.instance.starts_at)
            self.initial.update({"date": local.date(), "time": local.time()})
        self.order_fields(["date", "time", "venue", "online_link", "is_public"])
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
            "paper",
            "paper_text",
            "is_confidential",
            "minutes",
        ]
        labels = {"paper_text": "Or the paper as text", "order": "Item number"}
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
